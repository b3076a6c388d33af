using JasperFx.Events;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>Every event a request appends carries who acted, in which role, and in which trace.</summary>
public sealed class when_recording_who_did_what(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<IReadOnlyList<IEvent>> StreamAsync(Guid id)
    {
        await using var session = Store.QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }

    [Fact]
    public async Task each_event_names_the_acting_member_their_role_and_the_trace()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var postId = await member.PublishAsync(themeId, "Tråd");
        await (await member.PutAsync($"/api/posts/{postId}", new { text = "Rettet", version = 1 })).ShouldHaveStatusAsync(200);

        var events = (await StreamAsync(themeId)).Concat(await StreamAsync(postId)).ToList();

        Assert.Equal(4, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(memberId.ToString(), e.UserName);
            Assert.Equal("member", e.Headers![EventActor.RoleHeader]?.ToString());
            Assert.Matches("^[0-9a-f]{32}$", e.Headers[EventActor.TraceHeader]?.ToString());
            Assert.Equal(e.Headers[EventActor.TraceHeader]?.ToString(), e.CorrelationId);
            Assert.Contains(e.CorrelationId!, e.CausationId);
        });
        // Events appended by one request share its trace; another request has its own.
        Assert.Equal(events[0].CorrelationId, events[1].CorrelationId);
        Assert.NotEqual(events[0].CorrelationId, events[2].CorrelationId);
    }

    [Fact]
    public async Task a_registered_staff_member_is_recorded_by_their_id_and_role()
    {
        var organisationId = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        var staffId = await Admin.CreateAsync("/api/staff", new { name = "Sofie Dahl", email = "sd@resonans.dk", organisationId, entraObjectId = "sofie-oid" });

        var themeId = await As("secretariat", "sofie-oid").OpenThemeAsync();

        var opened = Assert.Single(await StreamAsync(themeId));
        Assert.Equal(staffId.ToString(), opened.UserName);
        Assert.Equal("secretariat", opened.Headers![EventActor.RoleHeader]?.ToString());
        var shown = (await Secretariat.ItemsAsync($"/api/themes/{themeId}/timeline"))[0].GetProperty("actor");
        Assert.Equal("Sofie Dahl", shown.Str("name"));
        Assert.Equal("Resonans", shown.Str("body"));
    }
}
