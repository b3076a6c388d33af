using System.Reflection;
using System.Text.Json;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Politikerforum.Host.Http;

/// <summary>
/// A body of literally <c>null</c> is valid JSON, so Wolverine hands the endpoint a null command, and its
/// DataAnnotations validation throws on it (a 500). This policy answers it with a 400 first, and refuses text
/// PostgreSQL cannot store. Register it
/// after the validation policy: both insert at the front of the middleware, so the last one runs first.
/// </summary>
public sealed class NullBodyPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType && !c.RequestType!.IsValueType))
        {
            var method = typeof(NullBody).GetMethod(nameof(NullBody.Refuse))!.MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(NullBody), method) { CommentText = "A null body is a 400, not a null command" };
            chain.Middleware.InsertRange(0, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}

public static class NullBody
{
    public static IResult Refuse<T>(T? command) where T : class =>
        command is null ? Results.Problem(statusCode: 400, detail: "Forespørgslen skal have et JSON-objekt som indhold.")
        : Texts<T>.Unstorable(command) is { } field ? Results.ValidationProblem(
            new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(field)] = [Unstorable] },
            detail: "Forespørgslen kunne ikke behandles.")
        : WolverineContinue.Result();

    private const string Unstorable = "Teksten indeholder tegn, der ikke kan gemmes (NUL-tegn eller ufuldstændige Unicode-tegn).";

    /// <summary>
    /// JSON may carry a NUL character or half a surrogate pair (<c>"\ud800"</c>); PostgreSQL cannot store either,
    /// so they would fail as a 500 at commit. The string fields (and lists of strings) of a command, found once per type.
    /// </summary>
    private static class Texts<T>
    {
        private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)).ToArray();

        public static string? Unstorable(T command) => Properties.FirstOrDefault(p => p.GetValue(command) switch
        {
            string text => !IsStorable(text),
            IEnumerable<string?> texts => texts.Any(t => t is not null && !IsStorable(t)),
            _ => false
        })?.Name;
    }

    private static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }
}
