using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;
using Politikerforum.Domain;
using Scalar.AspNetCore;

namespace Politikerforum.Host.Http;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) and the browsable reference (<c>/docs</c>). <c>Api:Docs=false</c> takes
/// both away, for a production forum that does not want to describe itself to the internet. The document's
/// <c>servers</c> is the configured public address (<c>Forum:PublicUrl</c>) or left out: never the request's Host
/// header, which the caller chooses.
/// </summary>
public static class ApiDocs
{
    public static bool AreOn(IConfiguration configuration) => configuration.GetValue("Api:Docs", true);

    public static void AddForumOpenApi(this WebApplicationBuilder builder)
    {
        var publicUrl = builder.Configuration["Forum:PublicUrl"]?.Trim().TrimEnd('/');
        builder.Services.AddOpenApi(o =>
        {
            o.NameOperations();
            o.DescribeResponses();
            o.DocumentIdempotencyKey();
            o.ShowExamples();
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Servers = string.IsNullOrEmpty(publicUrl) ? [] : [new OpenApiServer { Url = publicUrl }];
                Introduce(document);
                return Task.CompletedTask;
            });
            // The forum reads and writes enums by name with a converter of its own (EnumNames), which the generator
            // cannot see through: it would describe an enum, and a list of them, as anything at all.
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if (EnumOf(type) is { } single) Describe(schema, single);
                else if (type != typeof(string) && ElementOf(type) is { } element && EnumOf(element) is { } listed) Describe(schema.Items ??= new OpenApiSchema(), listed);
                if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object) RequireOnlyWhatIsRequired(schema, context.JsonTypeInfo);
                return Task.CompletedTask;
            });
        });
    }

    /// <summary>
    /// The generator marks every constructor parameter required, a nullable one too. A field that may be left out or be
    /// null is not required, unless the command says so with <c>[Required]</c> (then it is checked and refused when missing).
    /// </summary>
    private static void RequireOnlyWhatIsRequired(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (schema.Required is not { Count: > 0 } required) return;
        foreach (var property in type.Properties)
            if (required.Contains(property.Name) && IsNullable(property) && property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), true) != true)
                required.Remove(property.Name);
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static bool IsNullable(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && property.AttributeProvider is PropertyInfo info && Nullability.Create(info).ReadState == NullabilityState.Nullable);

    /// <summary>What a newcomer reads first: what the API is, how to get in, and the features it is grouped by.</summary>
    private static void Introduce(OpenApiDocument document)
    {
        document.Info.Title = "Politikerforum API";
        document.Info.Description =
            "Politikerforum er et tværpolitisk forum for politikere fra kommuner, regioner, Folketinget og Europa-Parlamentet. " +
            "Alt arbejde hører til et tema: indlæg, erfaringer, eksperimenter, beslutninger og tilsagn mellem niveauerne.\n\n" +
            "**Kom i gang.** Alle kald under `/api` kræver et adgangstoken fra Entra ID (`Authorization: Bearer …`). " +
            "Start med `GET /api/me` (hvem du er, din rolle og dine temaer), så `GET /api/themes` og et temas `GET /api/themes/{id}/timeline`. " +
            "Sekretariatets ugentlige gennemgang er ét kald: `GET /api/review`.\n\n" +
            "**Svar.** Lister er sider (`items`, og `next` til næste side med `after=`). Et nej er problem details (RFC 9457) med dansk tekst " +
            "i `detail`; ved 400 nævner `errors` hvert felt. Enum-værdier skrives med små bogstaver, som de står i skemaerne.\n\n" +
            "**Skrivning.** En POST kan sendes med headeren `Idempotency-Key`, så et nyt forsøg ikke skriver to gange. " +
            "Ændringer med `version` afvises med 409, hvis andre har ændret det samme i mellemtiden.";
        var components = document.Components ??= new OpenApiComponents();
        components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        components.SecuritySchemes[ApiResponses.BearerScheme] = ApiResponses.BearerSchemeDefinition();
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        components.Schemas[ApiResponses.ProblemSchema] = ApiResponses.ProblemDetailsSchema();
        var operations = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []).ToList();
        document.Tags = ApiTags.Used(operations.SelectMany(o => o.Tags?.AsEnumerable() ?? []).Select(t => t.Name!).Where(n => n is not null));
        // Only there to describe what Wolverine infers from Task<IResult>; unused once every endpoint says what it answers.
        if (!operations.Any(o => o.Responses?.Values.Any(r => r.Content?.Values.Any(c => c.Schema is OpenApiSchemaReference { Reference.Id: "IResult" }) == true) == true))
            components.Schemas.Remove("IResult");
    }

    private static Type? EnumOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    private static Type? ElementOf(Type type) => type.GetInterfaces().Append(type)
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static void Describe(IOpenApiSchema schema, Type type)
    {
        if (schema is not OpenApiSchema writable) return;
        writable.Type = JsonSchemaType.String;
        writable.Enum = [.. EnumNames.Of(type).Select(name => (JsonNode)JsonValue.Create(name))];
    }

    public static void MapForumDocs(this WebApplication app)
    {
        if (!AreOn(app.Configuration)) return;
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithTitle("Politikerforum API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapGet("/", () => Results.Redirect("/docs")).ExcludeFromDescription();
    }
}
