using Microsoft.IdentityModel.Tokens;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>
/// Only the Bot Connector may speak for Teams: every kind of forged or misdirected token is refused with 401, before
/// the bot reads, remembers or answers anything.
/// </summary>
public sealed class when_the_connector_presents_a_token(ForumFixture fixture) : TeamsTest(fixture)
{
    private const string Message = "message-channel-reply-with-bot-mention.json";
    private const string ConversationId = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856";

    private async Task IsRefusedAsync(Func<string, string?> token)
    {
        var (json, _) = Inbound(Message);
        var before = Connector.Calls.Count;

        var (response, _) = await PostAndDeliverAsync(json, token(ServiceUrlOf(json)));

        await response.ShouldHaveStatusAsync(401);
        Assert.Null(await ReferenceAsync(ConversationId));
        Assert.Equal(before, Connector.Calls.Count);
    }

    [Fact]
    public Task a_request_without_a_token_is_refused() => IsRefusedAsync(_ => null);

    [Fact]
    public Task a_token_from_another_issuer_is_refused() =>
        IsRefusedAsync(serviceUrl => BotFramework.TokenFor(serviceUrl, issuer: "https://sts.windows.net/forged/"));

    [Fact]
    public Task a_token_for_another_bot_is_refused() =>
        IsRefusedAsync(serviceUrl => BotFramework.TokenFor(serviceUrl, audience: "0b7e6c45-another-bot"));

    [Fact]
    public Task an_expired_token_is_refused() =>
        IsRefusedAsync(serviceUrl => BotFramework.TokenFor(serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)));

    [Fact]
    public Task a_token_signed_with_an_unknown_key_is_refused() =>
        IsRefusedAsync(serviceUrl => BotFramework.TokenFor(serviceUrl, key: BotFramework.UnknownKey));

    [Fact]
    public Task a_token_signed_with_a_key_not_endorsed_for_teams_is_refused() =>
        IsRefusedAsync(serviceUrl => BotFramework.TokenFor(serviceUrl, key: BotFramework.WebChatKey));

    [Fact]
    public Task a_token_issued_for_another_service_is_refused() =>
        IsRefusedAsync(_ => BotFramework.TokenFor("https://smba.trafficmanager.net/emea/forged/"));

    [Fact]
    public Task an_unsigned_token_is_refused() => IsRefusedAsync(FakeBotFramework.UnsignedTokenFor);

    [Fact]
    public Task a_token_signed_with_an_algorithm_other_than_rsa_pkcs1_is_refused() =>
        IsRefusedAsync(serviceUrl => BotFramework.TokenFor(serviceUrl, algorithm: SecurityAlgorithms.RsaSsaPssSha256));

    [Fact]
    public async Task a_token_that_expired_within_the_allowed_clock_skew_is_accepted()
    {
        var (json, _) = Inbound(Message);
        var (response, _) = await PostAndDeliverAsync(json, BotFramework.TokenFor(ServiceUrlOf(json), expires: DateTime.UtcNow.AddMinutes(-4)));
        await response.ShouldHaveStatusAsync(200);
    }

    [Fact]
    public async Task the_service_url_is_compared_without_regard_to_case()
    {
        var (json, _) = Inbound(Message);
        var (response, _) = await PostAndDeliverAsync(json, BotFramework.TokenFor(ServiceUrlOf(json).ToUpperInvariant()));
        await response.ShouldHaveStatusAsync(200);
    }

    [Fact]
    public async Task a_good_token_is_accepted()
    {
        var (json, token) = Inbound(Message);
        var (response, _) = await PostAndDeliverAsync(json, token);
        await response.ShouldHaveStatusAsync(200);
        Assert.NotNull(await ReferenceAsync(ConversationId));
    }
}
