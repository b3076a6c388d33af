using System.Text.RegularExpressions;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Politikerforum.Integrations.Graph.Subscriptions;

namespace Politikerforum.Integrations.Graph.Import;

/// <summary>Reading a channel's messages from Graph: one by the resource a notification names, or every change since the delta link.</summary>
public static partial class ChannelMessages
{
    /// <summary>The message (or reply) a notification's <c>resource</c> names, if it names one in this channel.</summary>
    public static (string MessageId, string? ReplyId)? Named(string resource, WatchedChannel channel)
    {
        var match = Resource().Match(resource);
        if (!match.Success || match.Groups["channel"].Value != channel.Id) return null;
        return (match.Groups["message"].Value, match.Groups["reply"].Success ? match.Groups["reply"].Value : null);
    }

    /// <summary>The message as it is now; null when Graph no longer has it (the deletion reaches the forum through the catch-up).</summary>
    public static async Task<ChatMessage?> FetchAsync(GraphServiceClient graph, WatchedChannel channel, string messageId, string? replyId, CancellationToken ct)
    {
        var message = graph.Teams[channel.TeamId].Channels[channel.Id].Messages[messageId];
        try
        {
            return replyId is null ? await message.GetAsync(cancellationToken: ct) : await message.Replies[replyId].GetAsync(cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// One delta round: every page from the stored delta link (or the beginning) across <c>@odata.nextLink</c> until
    /// Graph gives the next <c>@odata.deltaLink</c>. Each changed thread's replies are read too, as delta leaves them out.
    /// </summary>
    public static async Task<string?> CatchUpAsync(GraphServiceClient graph, WatchedChannel channel, Func<ChatMessage, Task> import, CancellationToken ct)
    {
        var messages = graph.Teams[channel.TeamId].Channels[channel.Id].Messages;
        var page = channel.DeltaLink is { } link
            ? await messages.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(cancellationToken: ct)
            : await messages.Delta.GetAsDeltaGetResponseAsync(cancellationToken: ct);
        while (page is not null)
        {
            foreach (var message in page.Value ?? [])
            {
                await import(message);
                if (message.Id is { } id && message.DeletedDateTime is null) await RepliesAsync(messages[id], import, ct);
            }
            if (page.OdataNextLink is { } next) page = await messages.Delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: ct);
            else return page.OdataDeltaLink;
        }
        return null;
    }

    private static async Task RepliesAsync(Microsoft.Graph.Teams.Item.Channels.Item.Messages.Item.ChatMessageItemRequestBuilder message,
        Func<ChatMessage, Task> import, CancellationToken ct)
    {
        var page = await message.Replies.GetAsync(cancellationToken: ct);
        while (page is not null)
        {
            foreach (var reply in page.Value ?? []) await import(reply);
            page = page.OdataNextLink is { } next ? await message.Replies.WithUrl(next).GetAsync(cancellationToken: ct) : null;
        }
    }

    [GeneratedRegex(@"channels\('(?<channel>[^']+)'\)/messages\('(?<message>[^']+)'\)(/replies\('(?<reply>[^']+)'\))?")]
    private static partial Regex Resource();
}
