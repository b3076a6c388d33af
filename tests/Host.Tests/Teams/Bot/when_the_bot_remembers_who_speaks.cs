using Politikerforum.Domain;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Inbound;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// The bot asks who speaks through the same remembered registry answers as the HTTP door (<see cref="RegistryCache"/>),
/// so a busy channel does not ask the registry at every activity; and a member who is erased or leaves is no member on
/// their very next activity in Teams.
/// </summary>
public sealed class when_the_bot_remembers_who_speaks(ForumFixture fixture) : BotTest(fixture)
{
    [Fact]
    public async Task a_member_once_heard_in_teams_is_remembered()
    {
        await HearingRegistryChangesAsync();
        var (_, _, user) = await MemberInTeamsAsync();

        await RememberedAsync(user.ObjectId, async () => Assert.Contains("Politikerforum i Teams", (await SayPrivatelyAsync(user, "hjælp")).ReplyText),
            "the bot asked the registry without remembering the answer");
    }

    [Fact]
    public async Task an_erased_member_is_a_stranger_on_their_very_next_activity()
    {
        await HearingRegistryChangesAsync();
        var (id, _, user) = await MemberInTeamsAsync();
        Assert.Contains("Politikerforum i Teams", (await SayPrivatelyAsync(user, "hjælp")).ReplyText);

        await (await Secretariat.PostAsync($"/api/members/{id}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200);

        Assert.Equal(Answers.Stranger, (await SayPrivatelyAsync(user, "hjælp")).ReplyText);
    }

    [Fact]
    public async Task a_member_who_left_is_a_stranger_on_their_very_next_activity()
    {
        await HearingRegistryChangesAsync();
        var (id, _, user) = await MemberInTeamsAsync();
        Assert.Contains("Politikerforum i Teams", (await SayPrivatelyAsync(user, "hjælp")).ReplyText);

        await (await Admin.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);

        Assert.Equal(Answers.Stranger, (await SayPrivatelyAsync(user, "hjælp")).ReplyText);
    }
}
