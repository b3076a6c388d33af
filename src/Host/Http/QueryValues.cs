using Politikerforum.Domain;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Host.Http;

/// <summary>
/// What every value in the address must be, decided once for every endpoint before it runs: text PostgreSQL can store
/// (a NUL character in <c>?q=</c> would fail the query). Each refusal is a 400 naming the parameter.
/// </summary>
public static class QueryValues
{
    public static IApplicationBuilder UseQueryValues(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Refuses(context) is { } refusal)
        {
            await refusal.ToResult().ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static Refusal? Refuses(HttpContext context)
    {
        foreach (var (name, values) in context.Request.Query)
            if (values.Any(v => v is not null && !CommandInput.IsStorable(v)))
                return Unreadable(name, "Værdien indeholder tegn, der ikke kan bruges (NUL-tegn eller ufuldstændige Unicode-tegn).");
        return null;
    }

    private static Refusal Unreadable(string parameter, string error) =>
        new(RefusalKind.Invalid, Problems.UnreadableQuery(parameter), new Dictionary<string, string[]> { [parameter] = [error] });
}
