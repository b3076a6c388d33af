using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>A like on the card of a lesson is an endorsement ("det kan jeg bruge"), by the same command as over the API.</summary>
public sealed class when_a_member_likes_a_lesson_card(ForumFixture fixture) : BotTest(fixture)
{
    private async Task<(Guid Lesson, string Thread, string Message, TeamsChannel Channel, Caller Author)> PostedLessonAsync()
    {
        var (_, author) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var theme = await author.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await LinkedChannelAsync(theme);
        await AndDeliveredAsync(async () => await (await Secretariat.PostAsync($"/api/themes/{theme}/pace",
            new { pace = "urgent", reason = "Stormfloden", until = Clock.GetUtcNow().AddDays(2) })).ShouldHaveStatusAsync(200));
        var lesson = Guid.Empty;
        var (calls, _) = await AndDeliveredAsync(async () => lesson = await author.RecordLessonAsync(theme, "Sandsække virker", "Det virkede at dele dem."));
        var thread = Assert.Single(calls, c => c.Target.EndsWith("/v3/conversations")).Answer!;
        return (lesson, thread["id"]!.GetValue<string>(), thread["activityId"]!.GetValue<string>(), channel, author);
    }

    [Fact]
    public async Task a_like_endorses_the_lesson_once_and_the_card_shows_it()
    {
        var (lesson, thread, message, _, author) = await PostedLessonAsync();
        var (_, _, member) = await MemberInTeamsAsync();

        var liked = await ReactAsync(member, thread, message);
        var again = await ReactAsync(member, thread, message);

        Assert.Equal(200, liked.Status);
        Assert.Equal(1, (await author.LessonAsync(lesson)).GetProperty("endorsements").GetInt32());
        var update = Assert.Single(liked.Calls);
        Assert.Equal("PUT", update.Method);
        Assert.Contains("1 medlem", Said.TextOf(update.Body));
        Assert.Empty(again.Calls);
    }

    [Fact]
    public async Task other_reactions_and_strangers_change_nothing()
    {
        var (lesson, thread, message, _, author) = await PostedLessonAsync();
        var (_, _, member) = await MemberInTeamsAsync();
        var before = await EventCountAsync();

        await ReactAsync(member, thread, message, "heart");
        await ReactAsync(Stranger(), thread, message);
        await ReactAsync(member, thread, "1234567890");

        Assert.Equal(before, await EventCountAsync());
        Assert.Equal(0, (await author.LessonAsync(lesson)).GetProperty("endorsements").GetInt32());
    }

    [Fact]
    public async Task the_cards_button_endorses_too_and_answers_the_presser()
    {
        var (lesson, _, _, channel, author) = await PostedLessonAsync();
        var (_, _, member) = await MemberInTeamsAsync();

        var said = await PressAsync(member, channel, new() { ["verb"] = CardVerbs.EndorseLesson, ["lesson"] = lesson.ToString() });

        Assert.Contains("Du har tilkendegivet, at du kan bruge erfaringen.", said.InvokeCard.ToJsonString(Said.Readable));
        Assert.Equal(1, (await author.LessonAsync(lesson)).GetProperty("endorsements").GetInt32());
        Assert.Equal("Du har allerede tilkendegivet, at du kan bruge erfaringen.",
            (await PressAsync(member, channel, new() { ["verb"] = CardVerbs.EndorseLesson, ["lesson"] = lesson.ToString() })).InvokeMessage);
    }
}
