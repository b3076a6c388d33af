using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Politikerforum.Host.Http;

/// <summary>Shows the optional <c>Idempotency-Key</c> header on every POST under /api in the OpenAPI document.</summary>
public static class IdempotencyOpenApi
{
    public static void DocumentIdempotencyKey(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (context.Description.HttpMethod == "POST" && context.Description.RelativePath?.StartsWith("api/") == true)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = CommandDoor.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A retry with the same key and body gets the first response again without writing twice; " +
                              "the same key with another body is 422, while the first is still running 409. Keys are per caller and kept 24 hours.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = CommandDoor.MaxKeyLength }
            });
        }
        return Task.CompletedTask;
    });
}
