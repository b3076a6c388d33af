using System.Text.Json.Nodes;
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
            o.DocumentIdempotencyKey();
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Servers = string.IsNullOrEmpty(publicUrl) ? [] : [new OpenApiServer { Url = publicUrl }];
                return Task.CompletedTask;
            });
            // The forum reads and writes enums by name with a converter of its own (EnumNames), which the generator
            // cannot see through: it would describe an enum, and a list of them, as anything at all.
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if (EnumOf(type) is { } single) Describe(schema, single);
                else if (type != typeof(string) && ElementOf(type) is { } element && EnumOf(element) is { } listed) Describe(schema.Items ??= new OpenApiSchema(), listed);
                return Task.CompletedTask;
            });
        });
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
