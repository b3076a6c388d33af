using System.Text;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Serialization.Json;
using Politikerforum.Integrations.Graph.Subscriptions;

namespace Politikerforum.Integrations.Graph.Import;

/// <summary>
/// A notification the forum accepted: the message is read as it is now (fetched by id, so a late or repeated
/// notification still imports the newest text), or decrypted from what Graph sent along, and imported.
/// </summary>
public static class ImportChannelMessageHandler
{
    public static async Task Handle(ImportChannelMessage notification, GraphSettings settings, GraphConnection graph, ChannelImport import,
        IDocumentSession session, IDocumentStore store, TimeProvider clock, ILogger<ImportChannelMessage> log, CancellationToken ct)
    {
        if (!settings.IsOn || await session.LoadAsync<WatchedChannel>(notification.ChannelId, ct) is not { } channel) return;
        var message = notification.EncryptedContent is { } encrypted
            ? await DecryptAsync(encrypted, settings)
            : ChannelMessages.Named(notification.Resource, channel) is var (messageId, replyId)
                ? await store.NotedAsync(channel.Id, clock, log, () => ChannelMessages.FetchAsync(graph.Client, channel, messageId, replyId, ct))
                : null;
        if (message is null)
        {
            log.LogInformation("Graph notified a {ChangeType} of {Resource}, but it is no longer there to import", notification.ChangeType, notification.Resource);
            return;
        }
        session.Store(await import.ImportAsync(channel, message, clock.GetUtcNow(), ct));
    }

    /// <summary>
    /// Graph's encryption, undone by the SDK: the symmetric key RSA-OAEP-decrypted with the forum's private key, the data's
    /// HMAC-SHA256 signature checked with it, then the data AES-CBC-decrypted. Content for another certificate is refused.
    /// </summary>
    public static async Task<ChatMessage> DecryptAsync(EncryptedMessage encrypted, GraphSettings settings)
    {
        var content = new ChangeNotificationEncryptedContent
        {
            Data = encrypted.Data, DataKey = encrypted.DataKey, DataSignature = encrypted.DataSignature,
            EncryptionCertificateId = encrypted.EncryptionCertificateId, EncryptionCertificateThumbprint = encrypted.EncryptionCertificateThumbprint
        };
        var json = await content.DecryptAsync((_, thumbprint) =>
        {
            var certificate = settings.LoadCertificate();
            return string.Equals(certificate.Thumbprint, thumbprint, StringComparison.OrdinalIgnoreCase)
                ? Task.FromResult(certificate)
                : throw new InvalidDataException($"The message is encrypted for certificate {thumbprint}, not the forum's.");
        });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream);
        return node.GetObjectValue(ChatMessage.CreateFromDiscriminatorValue)
            ?? throw new InvalidDataException("The decrypted content is not a chat message.");
    }
}

public static class CatchUpChannelHandler
{
    /// <summary>
    /// Imports every change since the stored delta link and stores the next one. A delta link Graph no longer honours
    /// (410 Gone) starts a new round from the beginning; the idempotency keys make the repeat write nothing twice.
    /// </summary>
    public static async Task Handle(CatchUpChannel message, GraphSettings settings, GraphConnection graph, ChannelImport import,
        IDocumentSession session, IDocumentStore store, TimeProvider clock, ILogger<CatchUpChannel> log, CancellationToken ct)
    {
        if (!settings.IsOn || await session.LoadAsync<WatchedChannel>(message.ChannelId, ct) is not { } channel) return;
        string? deltaLink;
        try
        {
            deltaLink = await store.NotedAsync(channel.Id, clock, log,
                () => ChannelMessages.CatchUpAsync(graph.Client, channel, async m => channel = await import.ImportAsync(channel, m, clock.GetUtcNow(), ct), ct));
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == 410 && channel.DeltaLink is not null)
        {
            channel = channel with { DeltaLink = null };
            deltaLink = await store.NotedAsync(channel.Id, clock, log,
                () => ChannelMessages.CatchUpAsync(graph.Client, channel, async m => channel = await import.ImportAsync(channel, m, clock.GetUtcNow(), ct), ct));
        }
        session.Store(channel with { DeltaLink = deltaLink ?? channel.DeltaLink, LastDeltaSyncAt = clock.GetUtcNow() });
    }
}
