using System.Collections.Concurrent;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Wolverine.Http;

namespace Politikerforum.Host.Http;

/// <summary>
/// What every value in the address must be, decided once for every endpoint before it runs: text PostgreSQL can store
/// (a NUL character in <c>?q=</c> would fail the query), and for an enum filter one of its values by name, as the API
/// spells it (<c>?level=region</c>). Wolverine would read <c>?level=2</c>, <c>?level=99</c> and <c>?level=kommune,region</c>
/// as numbers and flag sets. Each refusal is a 400 naming the parameter.
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
        foreach (var (name, type) in EnumsOf(context.GetEndpoint()))
            if (context.Request.Query.TryGetValue(name, out var values) && !(values is [var value] && IsNamed(type, value)))
                return Unreadable(name, type);
        return null;
    }

    private static Refusal Unreadable(string parameter, string error) =>
        new(RefusalKind.Invalid, Problems.UnreadableQuery(parameter), new Dictionary<string, string[]> { [parameter] = [error] });

    /// <summary>A value that is not one the parameter takes: the 400 names the parameter and says what it takes.</summary>
    public static Refusal Unreadable(string parameter, Type type) =>
        new(RefusalKind.Invalid, Problems.UnreadableQuery(parameter, type),
            new Dictionary<string, string[]> { [parameter] = [ExpectedValues.FieldError(type)!] });

    private static bool IsNamed(Type type, string? value) => string.IsNullOrEmpty(value) || EnumNames.TryRead(type, value, out _);

    private static readonly ConcurrentDictionary<Endpoint, (string Name, Type Enum)[]> Enums = new();

    /// <summary>The endpoint's enum parameters that come from the address's query (not its route), found once per endpoint.</summary>
    private static (string Name, Type Enum)[] EnumsOf(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<HttpChain>() is not { } chain ? [] : Enums.GetOrAdd(endpoint, _ =>
        [
            .. from p in chain.Method.Method.GetParameters()
               let type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType
               where type.IsEnum && chain.RoutePattern?.Parameters.All(r => r.Name != p.Name) != false
               select (p.Name!, type)
        ]);
}
