using System.Security.Claims;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

/// <summary>The in-process door (the bot's, the web pages') keeps the same promise as the Idempotency-Key header.</summary>
public sealed class when_a_door_retries_a_command(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<(ForumCommands Commands, Actor Actor, AsyncServiceScope Scope)> DoorAsync(string objectId)
    {
        var scope = Host.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(Callers.ObjectIdClaim, objectId), new Claim(Callers.RolesClaim, "member")], "test"));
        var actor = await Callers.IdentifyAsync(principal, scope.ServiceProvider.GetRequiredService<IQuerySession>(), default);
        return (scope.ServiceProvider.GetRequiredService<ForumCommands>(), actor, scope);
    }

    [Fact]
    public async Task the_same_key_runs_the_command_once_and_returns_the_first_outcome()
    {
        var oid = $"oid-{Guid.NewGuid():N}";
        var (_, member) = await MemberAsync(objectId: oid);
        var themeId = await member.OpenThemeAsync();
        var (commands, actor, scope) = await DoorAsync(oid);
        await using var _ = scope;
        var command = new PublishPost("Hvem har erfaring med delte vagtplaner?", null) { ThemeId = themeId };

        var first = await commands.RunAsync(actor, command, "activity-1");
        var events = await EventCountAsync();
        var retry = await commands.RunAsync(actor, command, "activity-1");

        var done = Assert.IsType<Done>(first);
        Assert.Equal(done, Assert.IsType<Done>(retry));
        Assert.Equal(events, await EventCountAsync());
        Assert.Single(await member.ItemsAsync($"/api/themes/{themeId}/posts"));
    }

    [Fact]
    public async Task a_key_used_over_http_is_the_same_key_in_process_for_the_same_person()
    {
        var oid = $"oid-{Guid.NewGuid():N}";
        var (_, member) = await MemberAsync(objectId: oid);
        var themeId = await member.OpenThemeAsync();
        var overHttp = await member.PostAsync($"/api/themes/{themeId}/posts", new { text = "Samme tekst" }, "shared-key");
        await overHttp.ShouldHaveStatusAsync(201);
        var (commands, actor, scope) = await DoorAsync(oid);
        await using var _ = scope;

        var inProcess = await commands.RunAsync(actor, new PublishPost("Samme tekst", null) { ThemeId = themeId }, "shared-key");

        Assert.EndsWith(Assert.IsType<Done>(inProcess).Id.ToString(), overHttp.Headers.Location!.ToString());
        Assert.Single(await member.ItemsAsync($"/api/themes/{themeId}/posts"));
    }

    [Fact]
    public async Task the_same_key_for_another_command_is_refused_and_writes_nothing()
    {
        var oid = $"oid-{Guid.NewGuid():N}";
        var (_, member) = await MemberAsync(objectId: oid);
        var themeId = await member.OpenThemeAsync();
        var (commands, actor, scope) = await DoorAsync(oid);
        await using var _ = scope;
        await commands.RunAsync(actor, new PublishPost("Første", null) { ThemeId = themeId }, "activity-2");
        var events = await EventCountAsync();

        var other = await commands.RunAsync(actor, new PublishPost("Anden", null) { ThemeId = themeId }, "activity-2");

        Assert.Equal(RefusalKind.Unprocessable, Assert.IsType<Refusal>(other).Kind);
        Assert.Equal(events, await EventCountAsync());
    }
}
