using Microsoft.AspNetCore.Http.Features;

namespace Politikerforum.Host.Http;

/// <summary>
/// Refuses request bodies larger than the forum takes (413) before anything reads them. Wolverine turns
/// any error while reading a body into a bare 400, so the size is settled here, up front: by the declared
/// length, or for a chunked body by reading it into memory up to the limit.
/// </summary>
public static class BodyLimit
{
    /// <summary>The longest text a command takes is 20,000 characters; 256 KB leaves room for any legitimate body.</summary>
    public const long DefaultMaxBytes = 256 * 1024;

    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server) server.MaxRequestBodySize = maxBytes;

        if (context.Request.ContentLength > maxBytes || (context.Request.ContentLength is null && !await BufferAsync(context, maxBytes)))
        {
            await TooLargeAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>False when the body runs past the limit; otherwise the body is replaced by its in-memory copy.</summary>
    private static async Task<bool> BufferAsync(HttpContext context, long maxBytes)
    {
        var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            if (copy.Length + read > maxBytes) return false;
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        context.Request.Body = copy;
        context.Response.RegisterForDispose(copy);
        return true;
    }

    private static async Task TooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = { Status = 413, Detail = "Forespørgslen er større, end forummet tager imod." }
        });
    }
}
