using System.Security.Cryptography.X509Certificates;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Integrations.Graph;
using Politikerforum.Integrations.Graph.Import;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// With a certificate, Graph sends the message itself, encrypted for it: the forum decrypts it as Graph's documentation
/// describes — RSA-OAEP for the key, HMAC-SHA256 over the data, AES-CBC with the key's first 16 bytes as IV — and
/// refuses content whose signature does not hold or that was encrypted for another certificate.
/// </summary>
public sealed class when_graph_sends_the_message_encrypted : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"graph-{Guid.NewGuid():N}.pfx");
    private readonly X509Certificate2 _certificate;

    public when_graph_sends_the_message_encrypted()
    {
        _certificate = GraphEncryption.NewCertificate();
        File.WriteAllBytes(_path, _certificate.Export(X509ContentType.Pfx, "test-password"));
    }

    private GraphSettings Settings => new() { CertificatePath = _path, CertificatePassword = "test-password" };

    [Fact]
    public async Task the_message_is_decrypted_with_the_forums_certificate()
    {
        var message = Message("<p>Krypteret hilsen fra Teams</p>");

        var decrypted = await ImportChannelMessageHandler.DecryptAsync(GraphEncryption.Encrypt(message.ToJson().ToJsonString(), _certificate), Settings);

        Assert.Equal(message.Id, decrypted.Id);
        Assert.Equal("<p>Krypteret hilsen fra Teams</p>", decrypted.Body!.Content);
        Assert.Equal("oid-encrypted", decrypted.From!.User!.Id);
    }

    [Fact]
    public async Task content_whose_signature_does_not_hold_is_refused()
    {
        var encrypted = GraphEncryption.Encrypt(Message("Ægte").ToJson().ToJsonString(), _certificate);
        var data = Convert.FromBase64String(encrypted.Data);
        data[^1] ^= 0x01;

        await Assert.ThrowsAnyAsync<Exception>(() => ImportChannelMessageHandler.DecryptAsync(encrypted with { Data = Convert.ToBase64String(data) }, Settings));
    }

    [Fact]
    public async Task content_encrypted_for_another_certificate_is_refused()
    {
        using var other = GraphEncryption.NewCertificate("CN=Someone else");

        await Assert.ThrowsAsync<InvalidDataException>(() => ImportChannelMessageHandler.DecryptAsync(GraphEncryption.Encrypt(Message("Forkert").ToJson().ToJsonString(), other), Settings));
    }

    private static FakeChannelMessage Message(string html) => new()
    {
        TeamId = FakeGraph.TeamId, ChannelId = "19:encrypted@thread.tacv2", Id = "1616990032035", FromUserId = "oid-encrypted", Html = html,
        Created = DateTimeOffset.UtcNow, Modified = DateTimeOffset.UtcNow, Version = 1
    };

    public void Dispose()
    {
        _certificate.Dispose();
        File.Delete(_path);
    }
}
