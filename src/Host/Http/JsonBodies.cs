using Microsoft.AspNetCore.Http.Metadata;

namespace Politikerforum.Host.Http;

/// <summary>
/// An endpoint that reads a body takes JSON, said so with <c>Content-Type: application/json</c>. Routing already answers
/// another content type with 415; a body without one would be read as JSON regardless, so it gets the same 415 here,
/// with the Danish text the problem details policy gives every 415.
/// </summary>
public static class JsonBodies
{
    public static IApplicationBuilder UseJsonBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0, IsOptional: false }
            && string.IsNullOrWhiteSpace(context.Request.ContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status415UnsupportedMediaType }
            });
            return;
        }
        await next(context);
    });
}
