using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Politikerforum.Host.Http;

/// <summary>
/// What an operation can answer, derived from what the forum does rather than written on each endpoint:
/// <list type="bullet">
/// <item>success: what the endpoint declares (<c>[ProducesResponseType&lt;ThemeView&gt;(200)]</c>, 201, 204); the
/// <c>IResult</c> Wolverine infers from a <c>Task&lt;IResult&gt;</c> is dropped once the endpoint declares a success of
/// its own, and stays (and fails the document test) when it does not;</item>
/// <item>problems: 401 and 403 for every operation that needs a token (<see cref="Auth.Callers"/> refuses a token
/// without a forum role), 429 for all of /api (<see cref="RateLimits"/>), 400, 413 and 415 where a body is read
/// (<see cref="BodyLimit"/>, <see cref="JsonBodies"/>), 400 where the address has query values
/// (<see cref="QueryValues"/>), 404 where it names something by id, and for a write through the <see cref="CommandDoor"/>
/// every refusal a rule can give (400, 403, 409; 422 and 409 for an <c>Idempotency-Key</c> on a POST);</item>
/// <item>the bearer scheme on every operation that needs a token.</item>
/// </list>
/// A problem an endpoint declares itself (<c>[ProducesResponseType&lt;ProblemDetails&gt;(502)]</c>) is kept.
/// </summary>
public static class ApiResponses
{
    public const string BearerScheme = "Bearer";
    public const string ProblemSchema = "ProblemDetails";
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<int, string> Meaning = new()
    {
        [400] = "Ugyldig forespørgsel: en værdi i adressen eller i indholdet kan ikke læses eller overholder ikke reglerne. `errors` nævner hvert felt med det, der er galt.",
        [401] = "Forespørgslen mangler et gyldigt adgangstoken (Entra ID, `Authorization: Bearer …`).",
        [403] = "Du har ikke adgang: dit token giver ingen rolle i forummet, eller reglerne giver ikke din rolle lov til dette. `detail` siger hvorfor.",
        [404] = "Findes ikke, eller du har ikke adgang til det. Forummet svarer det samme i begge tilfælde, så svaret ikke røber, at noget findes.",
        [409] = "Konflikt: det er ændret i mellemtiden (hent den nyeste udgave), tilstanden tillader det ikke nu, eller en forespørgsel med samme `Idempotency-Key` er stadig i gang.",
        [413] = "Forespørgslens indhold er større, end forummet tager imod (256 KB, medmindre andet er sat op).",
        [415] = "Indholdet skal være JSON og sendes med headeren `Content-Type: application/json`.",
        [422] = "Denne `Idempotency-Key` er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny forespørgsel.",
        [429] = "For mange forespørgsler på kort tid. Vent det antal sekunder, headeren `Retry-After` angiver, og prøv igen.",
        [502] = "En anden tjeneste (fx Microsoft Teams) svarede ikke som forventet. Intet er skrevet."
    };

    public static void DescribeResponses(this OpenApiOptions options) => options.AddOperationTransformer(async (operation, context, ct) =>
    {
        if (ApiOperations.ChainOf(context) is not { } chain) return;
        var responses = operation.Responses ??= new OpenApiResponses();
        DropInferredResults(responses, context);
        await DescribeAlternativesAsync(responses, chain.Method.Method, context, ct);

        var method = chain.Method.Method;
        var declared = method.GetCustomAttributes<ProducesResponseTypeAttribute>().Where(a => a.StatusCode >= 400).Select(a => a.StatusCode);
        var problems = ProblemsOf(context, chain.RoutePattern?.Parameters.Count > 0).Concat(declared).ToHashSet();
        // Rebuilt rather than edited, so the document lists the answers in the order of their status codes.
        var successes = responses.Where(r => !int.TryParse(r.Key, out var s) || s < 400).OrderBy(r => r.Key).ToList();
        responses.Clear();
        foreach (var (status, response) in successes) responses[status] = response;
        foreach (var status in problems.Order()) responses[status.ToString()] = Problem(status, context.Document);

        if (NeedsToken(context))
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
    });

    /// <summary>
    /// An endpoint that answers one status in more than one shape declares each (<c>[ProducesResponseType&lt;A&gt;(200)]</c>,
    /// <c>[ProducesResponseType&lt;B&gt;(200)]</c>); Wolverine would show only the first, so the answer is described as one of them.
    /// </summary>
    private static async Task DescribeAlternativesAsync(OpenApiResponses responses, MethodInfo method, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var shapes in method.GetCustomAttributes<ProducesResponseTypeAttribute>().Where(a => a.StatusCode < 400 && a.Type is not null)
                     .GroupBy(a => a.StatusCode).Where(g => g.Count() > 1))
        {
            if (!responses.TryGetValue(shapes.Key.ToString(), out var response) || response.Content?.TryGetValue("application/json", out var json) != true) continue;
            var oneOf = new List<IOpenApiSchema>();
            foreach (var shape in shapes) oneOf.Add(await context.GetOrCreateSchemaAsync(shape.Type!, null, ct));
            json!.Schema = new OpenApiSchema { OneOf = oneOf };
        }
    }

    /// <summary>
    /// Wolverine documents a <c>Task&lt;IResult&gt;</c> endpoint as answering 200 with "IResult", which is nothing a client
    /// can read; the endpoint's declared successes say what it really answers.
    /// </summary>
    private static void DropInferredResults(OpenApiResponses responses, OpenApiOperationTransformerContext context)
    {
        var types = context.Description.SupportedResponseTypes;
        var inferred = types.Where(t => IsResult(t.Type)).Select(t => t.StatusCode).ToHashSet();
        if (types.Any(t => t.StatusCode is >= 200 and < 300 && !inferred.Contains(t.StatusCode)))
            foreach (var status in inferred) responses.Remove(status.ToString());
    }

    public static bool IsResult(Type? type) => type is not null && typeof(IResult).IsAssignableFrom(type);

    private static IEnumerable<int> ProblemsOf(OpenApiOperationTransformerContext context, bool namesSomething)
    {
        var description = context.Description;
        var write = !HttpMethods.IsGet(description.HttpMethod ?? "GET");
        if (NeedsToken(context)) yield return 401;
        if (NeedsToken(context) || write) yield return 403;
        if (description.RelativePath?.StartsWith("api/") == true) yield return 429;
        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body))
        {
            yield return 400;
            yield return 413;
            yield return 415;
        }
        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Query)) yield return 400;
        if (namesSomething) yield return 404;
        if (!write) yield break;
        yield return 400;
        yield return 409;
        if (HttpMethods.IsPost(description.HttpMethod!)) yield return 422;
    }

    private static bool NeedsToken(OpenApiOperationTransformerContext context) =>
        !context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    private static OpenApiResponse Problem(int status, OpenApiDocument? document) => new()
    {
        Description = Meaning.GetValueOrDefault(status) ?? Problems.TitleOf(status),
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
        Headers = status == 429
            ? new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Sekunder, før du må prøve igen.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } }
            }
            : null
    };

    /// <summary>
    /// RFC 9457 problem details as the forum writes them (<see cref="Problems"/>): Danish <c>title</c> and <c>detail</c>,
    /// the <c>traceId</c> the logs carry, and for a 400 the bad fields in <c>errors</c>.
    /// </summary>
    public static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Et nej fra forummet som problem details (RFC 9457), med dansk tekst til mennesker.",
        Required = new HashSet<string> { "title", "status" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "En adresse, der beskriver fejltypen." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Fejlens art, fx \"Findes ikke\"." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "HTTP-statuskoden." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Hvad der er galt, og hvad du kan gøre, på dansk." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Sporings-id'et, som forummets log også har. Oplys det, når du kontakter sekretariatet." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Ved 400: hvert felt eller parameter (camelCase), der ikke kan bruges, med det, der er galt.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
            }
        },
        Examples =
        [
            new System.Text.Json.Nodes.JsonObject
            {
                ["title"] = "Ugyldig forespørgsel",
                ["status"] = 400,
                ["detail"] = "Forespørgslen kunne ikke behandles.",
                ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
                ["errors"] = new System.Text.Json.Nodes.JsonObject { ["title"] = new System.Text.Json.Nodes.JsonArray("Titel skal udfyldes.") }
            }
        ]
    };

    public static OpenApiSecurityScheme BearerSchemeDefinition() => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "Et adgangstoken fra Entra ID (Azure AD) til forummets app-registrering, med en af rollerne member, secretariat, " +
                      "integrator eller admin i `roles`. Lokalt udskriver `ops/token <rolle> <objekt-id>` et token fra udviklingsudstederen."
    };
}
