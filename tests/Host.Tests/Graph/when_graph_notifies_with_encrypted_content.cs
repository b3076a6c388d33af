using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph;
using Politikerforum.Integrations.Graph.Subscriptions;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// A forum with a certificate subscribes with <c>includeResourceData</c>: Graph posts the message itself, encrypted for
/// the certificate, with validation tokens that Entra ID signed for the forum's app. The forum imports the decrypted
/// message without asking Graph for it, and a notification whose tokens do not hold writes nothing.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_graph_notifies_with_encrypted_content(when_graph_notifies_with_encrypted_content.EncryptedForum forum)
    : IClassFixture<when_graph_notifies_with_encrypted_content.EncryptedForum>
{
    [Fact]
    public async Task the_message_is_decrypted_and_imported_without_asking_graph_for_it()
    {
        var message = forum.Message("<p>Krypteret hilsen fra <b>Teams</b></p>");
        var subscription = Assert.Single(forum.Graph.Subscriptions, s => s["resource"]!.GetValue<string>().Contains(forum.Channel.Id));
        Assert.True(subscription["includeResourceData"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(subscription["encryptionCertificate"]?.GetValue<string>()));

        var (status, tracked) = await forum.DeliverAsync(message, [GraphEncryption.ValidationToken(forum.Graph.SigningKey)]);

        Assert.Equal(202, status);
        Assert.Single(tracked.Executed.MessagesOf<ImportChannelMessage>());
        var post = await forum.PostAsync(message.Id);
        Assert.Equal("Krypteret hilsen fra Teams", post?.Text);
        Assert.Equal(forum.Theme, post!.ThemeId);
        Assert.Empty(forum.Graph.CallsTo("GET", message.Id));
    }

    public static TheoryData<string> Untrustworthy => ["signed with another key", "for another app", "from another issuer", "expired", "missing"];

    [Theory]
    [MemberData(nameof(Untrustworthy))]
    public async Task a_notification_whose_validation_tokens_do_not_hold_writes_nothing(string tokens)
    {
        var message = forum.Message("<p>Det her må ikke komme ind</p>");
        var key = forum.Graph.SigningKey;
        string[] validationTokens = tokens switch
        {
            "signed with another key" => [GraphEncryption.ValidationToken(new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.KeyId })],
            "for another app" => [GraphEncryption.ValidationToken(key, audience: Guid.NewGuid().ToString())],
            "from another issuer" => [GraphEncryption.ValidationToken(key, issuer: $"https://sts.windows.net/{Guid.NewGuid()}/")],
            "expired" => [GraphEncryption.ValidationToken(key), GraphEncryption.ValidationToken(key, expires: DateTime.UtcNow.AddMinutes(-10))],
            _ => []
        };
        var events = await forum.EventCountAsync();

        var (status, tracked) = await forum.DeliverAsync(message, validationTokens);

        Assert.Equal(202, status);
        Assert.Empty(tracked.Sent.MessagesOf<ImportChannelMessage>());
        Assert.Null(await forum.PostAsync(message.Id));
        Assert.Equal(events, await forum.EventCountAsync());
    }

    /// <summary>One forum host with a certificate, and a theme linked to a channel it follows.</summary>
    public sealed class EncryptedForum : IAsyncLifetime
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"graph-{Guid.NewGuid():N}.pfx");
        private readonly X509Certificate2 _certificate = GraphEncryption.NewCertificate();
        private SeparateGraphForum _forum = null!;
        private IAlbaHost _host = null!;

        public FakeGraph Graph => _forum.Graph;
        public Guid Theme { get; private set; }
        public WatchedChannel Channel { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await File.WriteAllBytesAsync(_path, _certificate.Export(X509ContentType.Pfx, "test-password"));
            _forum = await SeparateGraphForum.CreateAsync();
            _host = await _forum.StartHostAsync(builder =>
            {
                builder.UseSetting("Graph:CertificatePath", _path);
                builder.UseSetting("Graph:CertificatePassword", "test-password");
            });
            (Theme, Channel) = await SeparateGraphForum.LinkedThemeAsync(_host, $"19:{Guid.NewGuid():N}@thread.tacv2");
        }

        /// <summary>A message written in the channel; Graph sends it along, so the fake does not even hold it.</summary>
        public FakeChannelMessage Message(string html) => new()
        {
            TeamId = FakeGraph.TeamId, ChannelId = Channel.Id, Id = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}{Random.Shared.Next(1000, 9999)}",
            FromUserId = "oid-encrypted", Html = html, Created = DateTimeOffset.UtcNow, Modified = DateTimeOffset.UtcNow, Version = 1
        };

        /// <summary>The published notification with encrypted resource data, filled in for this message.</summary>
        public async Task<(int Status, ITrackedSession Tracked)> DeliverAsync(FakeChannelMessage message, string[] validationTokens)
        {
            var body = GraphFixtures.Node("change-notification-chat-message-with-encrypted-resource-data.json");
            var item = body["value"]![0]!;
            var resource = $"teams('{FakeGraph.TeamId}')/channels('{Channel.Id}')/messages('{message.Id}')";
            var encrypted = GraphEncryption.Encrypt(message.ToJson().ToJsonString(), _certificate);
            item["subscriptionId"] = Channel.SubscriptionId;
            item["clientState"] = Channel.ClientState;
            item["tenantId"] = FakeGraph.TenantId;
            item["resource"] = resource;
            item["resourceData"]!["id"] = message.Id;
            item["resourceData"]!["@odata.id"] = resource;
            item["encryptedContent"] = new JsonObject
            {
                ["data"] = encrypted.Data, ["dataKey"] = encrypted.DataKey, ["dataSignature"] = encrypted.DataSignature,
                ["encryptionCertificateId"] = encrypted.EncryptionCertificateId, ["encryptionCertificateThumbprint"] = encrypted.EncryptionCertificateThumbprint
            };
            body["validationTokens"] = new JsonArray([.. validationTokens.Select(t => (JsonNode)t)]);
            var status = 0;
            var tracked = await SeparateGraphForum.Track(_host).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
                status = (int)(await SeparateGraphForum.NotifyAsync(_host, body.ToJsonString())).StatusCode));
            return (status, tracked);
        }

        public async Task<Post?> PostAsync(string messageId)
        {
            await using var session = _host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            return await session.LoadAsync<Post>(FromTeams.PostIdOf(Channel.Id, messageId));
        }

        public async Task<long> EventCountAsync()
        {
            await using var session = _host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            return await session.Events.QueryAllRawEvents().LongCountAsync();
        }

        public async Task DisposeAsync()
        {
            await _host.DisposeAsync();
            await _forum.DisposeAsync();
            _certificate.Dispose();
            File.Delete(_path);
        }
    }
}
