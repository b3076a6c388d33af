using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Auth;

/// <summary>
/// Who a caller is, is remembered between requests (<see cref="RegistryCache"/>), and forgotten the moment the registry
/// changes: on this node as the change commits, on every other node when PostgreSQL tells it.
/// </summary>
public sealed class when_remembering_callers(ForumFixture fixture) : ForumTest(fixture)
{
    private static readonly object Erasure = new { reason = "Anmodning efter artikel 17" };

    [Fact]
    public async Task a_caller_once_identified_is_remembered()
    {
        await HearingRegistryChangesAsync();
        var objectId = $"oid-{Guid.NewGuid():N}";
        var (_, member) = await MemberAsync(objectId: objectId);

        await RememberedAsync(objectId, async () => await (await member.GetAsync("/api/members/me")).ShouldHaveStatusAsync(200),
            "the door asked the registry without remembering the answer");
    }

    [Fact]
    public async Task an_erased_member_is_no_member_on_their_very_next_request()
    {
        await HearingRegistryChangesAsync();
        var (id, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        await (await member.GetAsync("/api/members/me")).ShouldHaveStatusAsync(200);

        await (await Secretariat.PostAsync($"/api/members/{id}/erasure", Erasure)).ShouldHaveStatusAsync(200);

        // What anyone is told who is not a member (MemberReads.NoProfileFor), and no post.
        await (await member.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
        var post = await member.PostAsync($"/api/themes/{themeId}/posts", new { text = "Efter sletningen" });
        Assert.True((int)post.StatusCode is 403 or 404, $"An erased member's post was answered {(int)post.StatusCode}");
    }

    [Fact]
    public async Task a_member_who_left_is_no_member_on_their_very_next_request()
    {
        await HearingRegistryChangesAsync();
        var (id, member) = await MemberAsync();
        await (await member.GetAsync("/api/members/me")).ShouldHaveStatusAsync(200);

        await (await Admin.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);

        await (await member.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task a_member_registered_through_another_node_is_known_here_at_once()
    {
        await HearingRegistryChangesAsync();
        var objectId = $"oid-{Guid.NewGuid():N}";
        var newcomer = As("member", objectId);
        await (await newcomer.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);

        // Another node: a store of its own on the same database, which this host's store never hears from directly.
        using (var otherNode = DocumentStore.For(opts =>
               {
                   opts.Connection(Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")!);
                   ForumStore.Configure(opts);
               }))
        {
            await using var session = otherNode.LightweightSession();
            var id = Guid.CreateVersion7();
            session.Events.StartStream<Member>(id, new MemberRegistered(
                id, "Nina Nyborg", $"{objectId}@example.dk", Level.Kommune, "Aarhus Kommune", null, objectId, Guid.Empty, Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        await Poll.UntilAsync(async () => (int)(await newcomer.GetAsync("/api/members/me")).StatusCode == 200,
            TimeSpan.FromSeconds(10), () => "the member registered on another node was still unknown here");
    }
}
