using System.Security.Cryptography;
using System.Text;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Http.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header (IETF draft "The Idempotency-Key HTTP Header Field") on every POST under
/// <c>/api</c>, in one place for all endpoints: a retry with the same key and body gets the first answer again
/// without writing twice; the same key with another body is 422; a retry while the first is still running is 409.
/// Keys are per caller (token object id and roles) and live <see cref="RememberedResponses.Lifetime"/>.
/// </summary>
public static class IdempotencyMiddleware
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 255;
    private const string StillRunning = "En forespørgsel med samme nøgle er stadig i gang. Vent på svaret, og prøv derefter igen.";

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api")
            || context.User.Identity?.IsAuthenticated != true
            || !context.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(context);
            return;
        }
        await HandleAsync(context, next, values.ToString().Trim().Trim('"'));
    });

    private static async Task HandleAsync(HttpContext context, RequestDelegate next, string key)
    {
        if (key.Length is 0 or > MaxKeyLength)
        {
            await ProblemAsync(context, 400, $"Headeren {Header} skal være mellem 1 og {MaxKeyLength} tegn.");
            return;
        }
        var responses = context.RequestServices.GetRequiredService<RememberedResponses>();
        var caller = CallerOf(context);
        var hash = await HashAsync(context.Request);

        // Twice at most: an earlier attempt may free its key (5xx) between our claim and our look-up.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await responses.TryClaimAsync(caller, key, hash, context.RequestAborted) is { } write)
            {
                await RememberedResponse.RunAsync(context, next, responses, write);
                return;
            }
            if (await responses.FindAsync(caller, key, context.RequestAborted) is not { } earlier) continue;
            if (!earlier.RequestHash.AsSpan().SequenceEqual(hash))
                await ProblemAsync(context, 422,
                    $"Denne {Header} er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny forespørgsel.");
            else if (earlier.Status is { } status)
                await RememberedResponse.ReplayAsync(context, earlier, status);
            else if (earlier.Committed)
                await ProblemAsync(context, 409,
                    "Forespørgslen med denne nøgle er allerede gennemført, men svaret blev ikke gemt. Hent resultatet i stedet for at prøve igen.");
            else
                await ProblemAsync(context, 409, StillRunning);
            return;
        }
        await ProblemAsync(context, 409, StillRunning);
    }

    /// <summary>The token's object id and roles (hashed), not the forum identity: callers the registry does not know still get their own keys.</summary>
    private static string CallerOf(HttpContext context)
    {
        var roles = context.User.FindAll(Callers.RolesClaim).Select(c => c.Value.ToLowerInvariant()).Order();
        var caller = $"{context.User.FindFirst(Callers.ObjectIdClaim)?.Value}|{string.Join(',', roles)}";
        // Stored hashed: the table must not keep anyone's Entra object id, which GDPR erasure removes everywhere else.
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(caller)));
    }

    /// <summary>SHA-256 of method, path with query, and the body bytes; the body is buffered so the endpoint can still read it.</summary>
    private static async Task<byte[]> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0) sha.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return sha.GetHashAndReset();
    }

    private static async Task ProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail }
        });
    }
}
