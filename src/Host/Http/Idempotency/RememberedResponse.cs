namespace Politikerforum.Host.Http.Idempotency;

/// <summary>Runs the first attempt while capturing its answer, and replays that answer to retries.</summary>
internal static class RememberedResponse
{
    public static async Task RunAsync(HttpContext context, RequestDelegate next, RememberedResponses responses, IdempotentWrite write)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        IdempotentWrite.Current = write;
        try
        {
            await next(context);
        }
        catch
        {
            // The exception handler answers 5xx (or maps it to a 4xx we cannot see from here): not remembered.
            await responses.ReleaseAsync(write);
            throw;
        }
        finally
        {
            IdempotentWrite.Current = null;
            context.Response.Body = original;
        }

        var status = context.Response.StatusCode;
        // Server errors are not the answer to the request, only to this attempt: the retry runs again.
        if (status >= 500) await responses.ReleaseAsync(write);
        else
            await responses.CompleteAsync(write, status, context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                context.Response.ContentType, captured.ToArray());
        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    public static async Task ReplayAsync(HttpContext context, Remembered earlier, int status)
    {
        context.Response.StatusCode = status;
        if (earlier.Location is { } location) context.Response.Headers.Location = location;
        if (earlier.ContentType is { } contentType) context.Response.ContentType = contentType;
        if (earlier.Body is { Length: > 0 } body) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
