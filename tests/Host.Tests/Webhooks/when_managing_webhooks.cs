using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Webhooks;

/// <summary>Subscriptions: made with a secret shown once, seen and managed only by the integration that made them (and admins).</summary>
public sealed class when_managing_webhooks(ForumFixture fixture) : WebhookTest(fixture)
{
    [Fact]
    public async Task the_secret_is_shown_once_and_another_integration_finds_nothing()
    {
        var (id, secret) = await Integrator.SubscribeAsync(Receiver.Url, [WebhookSteps.Published]);
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);

        var listed = await Integrator.ItemsAsync("/api/webhooks");
        var only = Assert.Single(listed);
        Assert.Equal(id, only.Id());
        Assert.Equal("active", only.Str("status"));
        Assert.DoesNotContain("whsec_", JsonSerializer.Serialize(listed));
        Assert.DoesNotContain("integrator-oid", JsonSerializer.Serialize(listed));

        var other = As("integrator", "another-integration");
        Assert.Empty(await other.ItemsAsync("/api/webhooks"));
        await (await other.DeleteAsync($"/api/webhooks/{id}")).ShouldBeProblemAsync(404);
        await (await other.PostAsync($"/api/webhooks/{id}/rotate")).ShouldBeProblemAsync(404);
        Assert.Single(await Admin.ItemsAsync("/api/webhooks"));

        await (await Integrator.DeleteAsync($"/api/webhooks/{id}")).ShouldHaveStatusAsync(204);
        Assert.Empty(await Integrator.ItemsAsync("/api/webhooks"));
        await (await Integrator.GetAsync($"/api/webhooks/{id}")).ShouldBeProblemAsync(404);
        await using var session = Store.QuerySession();
        Assert.Null(await session.LoadAsync<Politikerforum.Integrations.Webhooks.WebhookSecrets>(id));
    }

    [Fact]
    public async Task the_list_is_a_page_whose_next_leads_through_them_all()
    {
        var made = new List<Guid>();
        for (var i = 0; i < 3; i++) made.Add((await Integrator.SubscribeAsync(Receiver.Url, [WebhookSteps.Published])).Id);

        var first = await Integrator.ReadAsync<JsonElement>("/api/webhooks?limit=2");

        Assert.Equal(made.Take(2), first.GetProperty("items").EnumerateArray().Select(w => w.Id()));
        Assert.Equal(made[1].ToString(), first.Str("next"));
        Assert.Equal(made, (await Integrator.AllPagesAsync("/api/webhooks", 2)).Select(w => w.Id()));
        Assert.Equal(made, (await Integrator.AllPagesAsync("/api/webhooks", 1)).Select(w => w.Id()));
        Assert.Equal(JsonValueKind.Null, (await Integrator.ReadAsync<JsonElement>("/api/webhooks")).GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("ftp://example.dk/hook")]
    [InlineData("not a url")]
    [InlineData("http://10.0.0.7/hook")]
    [InlineData("http://192.168.1.20/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://100.64.0.1/hook")]
    [InlineData("http://name-that-does-not-resolve.invalid/hook")]
    [InlineData("http://user:pass@127.0.0.1/hook")]
    public async Task a_url_it_may_not_send_to_is_refused(string url)
    {
        var problem = await (await Integrator.PostAsync("/api/webhooks", new { url })).ShouldBeProblemAsync(400);
        Assert.NotEmpty(problem.FieldError("url"));
        Assert.Empty(await Integrator.ItemsAsync("/api/webhooks"));
    }

    [Fact]
    public async Task unknown_types_and_themes_that_are_not_public_are_refused()
    {
        var problem = await (await Integrator.PostAsync("/api/webhooks", new { url = Receiver.Url, types = new[] { "dk.politikerforum.post.whispered" } }))
            .ShouldBeProblemAsync(400);
        Assert.Contains("post.whispered", problem.FieldError("types"));
        var (_, author) = await MemberAsync();
        var forumTheme = await author.OpenThemeAsync("forum");
        await (await Integrator.PostAsync("/api/webhooks", new { url = Receiver.Url, themeId = forumTheme })).ShouldBeProblemAsync(400);
        await (await author.PostAsync("/api/webhooks", new { url = Receiver.Url })).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task a_test_event_arrives_signed_and_is_listed()
    {
        var (id, secret) = await Integrator.SubscribeAsync(Receiver.Url);
        var response = await Integrator.PostAsync($"/api/webhooks/{id}/test");
        await response.ShouldHaveStatusAsync(202);

        var received = Assert.Single(await Receiver.WaitForAsync(r => r.Count == 1, "the test event"));
        Assert.Equal("dk.politikerforum.webhook.test", received.Event.Type);
        Assert.True(received.SignedWith(secret));
        var delivery = Assert.Single(await Integrator.WaitForDeliveriesAsync(id, d => d.Length == 1 && d[0].Str("status") == "delivered", "the test delivered"));
        Assert.Equal(received.WebhookId, delivery.Str("eventId"));
    }

    [Fact]
    public async Task after_a_rotation_old_and_new_secret_both_sign_until_the_overlap_ends()
    {
        var (id, old) = await Integrator.SubscribeAsync(Receiver.Url, [WebhookSteps.Published]);
        var rotation = await Integrator.PostAsync($"/api/webhooks/{id}/rotate");
        await rotation.ShouldHaveStatusAsync(200);
        var rotated = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(rotation.Content, Json);
        var fresh = rotated.Str("secret");
        Assert.NotEqual(old, fresh);

        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        await author.PublishAsync(theme, "Under overlappet");
        var during = (await Receiver.WaitForAsync(r => r.Count == 1, "a delivery during the overlap"))[0];
        Assert.True(during.SignedWith(old));
        Assert.True(during.SignedWith(fresh));

        Clock.Advance(TimeSpan.FromHours(25));
        await author.PublishAsync(theme, "Efter overlappet");
        var after = (await Receiver.WaitForAsync(r => r.Count == 2, "a delivery after the overlap"))[1];
        Assert.True(after.SignedWith(fresh));
        Assert.False(after.SignedWith(old));
    }
}
