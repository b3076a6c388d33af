using System.Text.Json;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// The Connector REST API (v3), as botbuilder's <c>Conversations</c> calls it: reply, send, update, delete and
/// create a conversation at a conversation's serviceUrl, with ids URL-escaped. The named client adds the bot's token
/// and the retries (<see cref="ConnectorRetries"/>); what Teams refuses for good surfaces as <see cref="UndeliverableException"/>.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory http)
{
    public Task<ResourceResponse?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, Activities(serviceUrl, conversationId), activity, ct);

    public Task<ResourceResponse?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, $"{Activities(serviceUrl, conversationId)}/{Uri.EscapeDataString(replyToId)}", activity, ct);

    public Task<ResourceResponse?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, $"{Activities(serviceUrl, conversationId)}/{Uri.EscapeDataString(activityId)}", activity, ct);

    public Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Delete, $"{Activities(serviceUrl, conversationId)}/{Uri.EscapeDataString(activityId)}", null, ct);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        await CallAsync<ConversationResourceResponse>(HttpMethod.Post, $"{Root(serviceUrl)}/v3/conversations", parameters, ct)
        ?? throw new UndeliverableException("Teams created a conversation but did not say its id.");

    private static string Root(string serviceUrl) => serviceUrl.TrimEnd('/');

    private static string Activities(string serviceUrl, string conversationId) =>
        $"{Root(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    /// <summary>The call, and Teams' answer read as <typeparamref name="T"/>; null when Teams answered with no body.</summary>
    private async Task<T?> CallAsync<T>(HttpMethod method, string url, object? body, CancellationToken ct) where T : class
    {
        if (!url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            throw new UndeliverableException($"Refused to send the bot's token to a service that is not https: {url}");
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var bytes = BotJson.ToUtf8(body);
            if (bytes.Length >= CardAttachments.MaxBytes)
                throw new MessageTooLargeException($"A {method} of {bytes.Length} bytes is over Teams' limit of {CardAttachments.MaxBytes} bytes.");
            request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") { CharSet = "utf-8" } } };
        }
        using var response = await http.CreateClient(TeamsHttp.Connector).SendAsync(request, ct);
        if (ConnectorRetries.Retried.Contains(response.StatusCode))
            throw new ConnectorUnavailableException($"{method} {url}: still {(int)response.StatusCode} after the retries.");
        var answer = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new UndeliverableException($"{method} {url}: {(int)response.StatusCode} {answer}");
        return string.IsNullOrWhiteSpace(answer) ? null : JsonSerializer.Deserialize<T>(answer, BotJson.Options);
    }
}

/// <summary>Teams was busy or down through every retry; the delivery is worth trying again later.</summary>
public sealed class ConnectorUnavailableException(string message) : Exception(message);
