using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Http;

/// <summary>
/// The HTTP door to <see cref="ForumCommands"/>: an endpoint turns route and body into a command, and this turns
/// the outcome into a response — a refusal into problem details, <see cref="Done"/> into what the endpoint asks for.
/// The <c>Idempotency-Key</c> header of a POST is the command's idempotency key (IETF draft "The Idempotency-Key
/// HTTP Header Field"): a retry with the same key and command gets the first outcome again without writing twice.
/// </summary>
public static class CommandDoor
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 255;

    public static async Task<IResult> RunAsync(this HttpContext http, ICommand command, Func<Done, Task<IResult>> answer)
    {
        string? key = null;
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Headers.TryGetValue(Header, out var values))
        {
            key = values.ToString().Trim().Trim('"');
            if (key.Length is 0 or > MaxKeyLength)
                return Refusal.Invalid($"Headeren {Header} skal være mellem 1 og {MaxKeyLength} tegn.").ToResult();
        }
        var commands = http.RequestServices.GetRequiredService<ForumCommands>();
        // Once begun, a write finishes even if the caller hangs up: its outcome is what a retry gets.
        var outcome = await commands.RunAsync(Callers.Of(http), command, key, CancellationToken.None);
        return outcome switch
        {
            Done done => await answer(done),
            Refusal refusal => refusal.ToResult(),
            _ => throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.")
        };
    }

    /// <summary>201 Created: <c>Location</c> and the new id.</summary>
    public static Task<IResult> CreateAsync(this HttpContext http, ICommand command, string collection) =>
        http.RunAsync(command, done => Task.FromResult(Results.Created($"{collection}/{done.Id}", Created.At(collection, done.Id))));

    /// <summary>204 No Content.</summary>
    public static Task<IResult> NoContentAsync(this HttpContext http, ICommand command) =>
        http.RunAsync(command, _ => Task.FromResult(Results.NoContent()));

    /// <summary>200 with what <paramref name="view"/> reads of the changed item afterwards, as its GET shows it.</summary>
    public static Task<IResult> ShowAsync<T>(this HttpContext http, ICommand command, Func<Done, Task<T?>> view) where T : class =>
        http.RunAsync(command, async done => await view(done) is { } shown ? Results.Ok(shown) : Results.NoContent());
}
