using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// <c>POST /api/messages</c>, where the Bot Connector delivers Teams' activities. The token is checked before anything
/// else is read; then the activity, and whether the token vouches for it. Status codes are the Bot Framework's:
/// 401 for any token failure, 400 for a body that is not an activity, 405 for another method, 501 for an unknown
/// invoke, 200 otherwise (with the invoke response for an invoke).
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var services = http.RequestServices;
        var token = await services.GetRequiredService<ConnectorTokens>().ValidateAsync(http.Request.Headers.Authorization, http.RequestAborted);
        if (token is null)
        {
            Unauthorized(http);
            return;
        }
        if (await ReadAsync(http) is not { } activity)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!token.Vouches(activity))
        {
            services.GetRequiredService<ILogger<ConnectorToken>>().LogWarning(
                "Refused a Bot Connector request: its token (key {KeyId}) does not vouch for an activity on channel {Channel} from {ServiceUrl}",
                token.KeyId, activity.ChannelId, activity.ServiceUrl);
            Unauthorized(http);
            return;
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // Once taken in, an activity is answered in full even if the connector hangs up: its writes and replies belong together.
        var answer = await services.GetRequiredService<InboundDispatch>().ReceiveAsync(activity, CancellationToken.None);
        http.Response.StatusCode = answer.Status;
        if (answer.Body is { } body) await http.Response.WriteAsJsonAsync(body, BotJson.Options, CancellationToken.None);
    }

    private static async Task<Activity?> ReadAsync(HttpContext http)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }
}
