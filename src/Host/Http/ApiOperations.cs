using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Wolverine.Http;

namespace Politikerforum.Host.Http;

/// <summary>
/// Names and groups every operation of the OpenAPI document: its <c>operationId</c> is the endpoint's Wolverine name
/// (<c>Name = "GetTheme"</c>), its tag the forum feature its code belongs to (<see cref="ApiTags"/>), and a summary or
/// description the endpoint does not give is left out rather than filled with Wolverine's generated route name, so the
/// test that every operation has one can see it missing.
/// </summary>
public static class ApiOperations
{
    public static void NameOperations(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (ChainOf(context) is not { } chain) return Task.CompletedTask;
        var method = chain.Method.Method;
        if (method.GetCustomAttribute<WolverineHttpMethodAttribute>()?.Name is { Length: > 0 } name) operation.OperationId = name;
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Summary = metadata.OfType<EndpointSummaryAttribute>().LastOrDefault()?.Summary ?? NullIfEmpty(chain.EndpointSummary);
        operation.Description = metadata.OfType<EndpointDescriptionAttribute>().LastOrDefault()?.Description ?? NullIfEmpty(chain.EndpointDescription);
        var tag = metadata.OfType<ITagsMetadata>().LastOrDefault()?.Tags.FirstOrDefault() ?? ApiTags.Of(method.DeclaringType!);
        operation.Tags = tag is null ? null : new HashSet<OpenApiTagReference> { new(tag, context.Document) };
        foreach (var list in method.GetCustomAttributes<CommaSeparatedAttribute>()) list.Describe(operation);
        return Task.CompletedTask;
    });

    public static HttpChain? ChainOf(OpenApiOperationTransformerContext context) =>
        context.Description.ActionDescriptor is WolverineActionDescriptor descriptor ? descriptor.Chain : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>
/// A query parameter that takes a comma-separated list of known values (<c>?types=post.published,lesson.recorded</c>),
/// described as the list it is, with every allowed value: <paramref name="valuesOf"/>'s static
/// <paramref name="member"/> holds them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CommaSeparatedAttribute(string parameter, Type valuesOf, string member) : Attribute
{
    public IReadOnlyCollection<string> Values => valuesOf.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyCollection<string>
        ?? valuesOf.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyCollection<string>
        ?? throw new InvalidOperationException($"{valuesOf.Name}.{member} is not a public static list of strings.");

    public void Describe(OpenApiOperation operation)
    {
        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == parameter && p.In == ParameterLocation.Query) is not { } query) return;
        query.Style = ParameterStyle.Form;
        query.Explode = false;
        query.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Values.Select(v => (JsonNode)JsonValue.Create(v))] }
        };
        query.Description ??= "Kommasepareret liste; uden værdi gælder alle.";
    }
}
