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
                Description = "Et nyt forsøg med samme nøgle og samme indhold får det første svar igen uden at skrive to gange; " +
                              "samme nøgle med andet indhold er 422, og mens det første forsøg stadig kører, 409. Nøgler gælder pr. kalder og gemmes i 24 timer.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = CommandDoor.MaxKeyLength }
            });
        }
        return Task.CompletedTask;
    });
}
