using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Auth;

public sealed class when_authenticating(ForumFixture fixture) : ForumTest(fixture)
{
    private static readonly object NewMember = new { name = "X", email = "x@example.dk", level = "region", body = "Region Syddanmark" };

    /// <summary>The caller may neither read the directory nor write to it, and is told so in Danish.</summary>
    private async Task IsTurnedAwayAsync(Caller caller)
    {
        var problem = await (await caller.GetAsync("/api/members")).ShouldBeProblemAsync(401);
        Assert.Contains("adgangstoken", problem.Detail());

        await (await caller.PostAsync("/api/members", NewMember)).ShouldBeProblemAsync(401);
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public Task a_request_without_a_token_is_unauthorised() => IsTurnedAwayAsync(Anonymous);

    [Fact]
    public Task a_token_signed_with_another_key_is_unauthorised() =>
        IsTurnedAwayAsync(new Caller(Host, Tokens.For("admin", "admin-oid", signingKey: "another-key-that-is-long-enough-for-hmac-sha256-0123")));

    [Fact]
    public Task an_expired_token_is_unauthorised() =>
        IsTurnedAwayAsync(new Caller(Host, Tokens.For("admin", "admin-oid", expires: DateTime.UtcNow.AddHours(-1))));

    [Fact]
    public Task a_token_from_another_issuer_is_unauthorised() =>
        IsTurnedAwayAsync(new Caller(Host, Tokens.For("admin", "admin-oid", issuer: "https://login.example.com/other")));

    [Fact]
    public async Task a_valid_token_is_let_in()
    {
        await Admin.CreateAsync("/api/members", NewMember);
    }
}
