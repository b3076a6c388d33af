using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Feed;

/// <summary>
/// The feed carries what an integrator may see, decided by the forum's read rules when it is read: public themes only,
/// public lessons only, nothing hidden, no retracted words, and nothing of a member erased under GDPR.
/// </summary>
public sealed class when_an_integrator_reads_the_feed(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task nothing_comes_from_a_forum_or_closed_theme_nor_from_a_lesson_that_is_not_public()
    {
        var (_, author) = await MemberAsync();
        var open = await author.OpenThemeAsync("public", "Åbent tema");
        var forum = await author.OpenThemeAsync("forum", "Forumtema om vagtplaner");
        var closed = await author.OpenThemeAsync("closed", "Lukket tema om budgetter");
        await author.PublishAsync(forum, "Forumindlæg om lønninger");
        await author.PublishAsync(closed, "Lukket indlæg om fyringer");
        var (chathamId, chatham) = await MemberAsync("Hemmelig Kilde", "region", "Region Tavshed");
        await Secretariat.AddParticipantAsync(open, chathamId);
        var publicLesson = await author.RecordLessonAsync(open, "Åbne data", "Det virkede at dele data.", confidentiality: "public");
        var forumLesson = await author.RecordLessonAsync(open, "Vagtbytte", "Kun for forummet.", confidentiality: "forum");
        var chathamLesson = await chatham.RecordLessonAsync(open, "Vikarbureauer", "Det gik galt med bureauet.", "went-wrong", "chatham-house");
        await author.EndorseAsync(chathamLesson);
        await (await chatham.PostAsync($"/api/lessons/{chathamLesson}/attribution")).ShouldHaveStatusAsync(204);
        await Store.CaughtUpAsync();

        var (events, json) = await Integrator.WholeFeedAsync();

        Assert.All(events, e => Assert.Equal(open, e.DataOf().Id("themeId")));
        Assert.Equal([publicLesson], events.Where(e => e.Subject!.StartsWith("lessons/")).Select(e => Guid.Parse(e.Subject!["lessons/".Length..])).Distinct());
        foreach (var secret in new[] { "Forumtema", "Lukket tema", "Forumindlæg", "Lukket indlæg", "Vagtbytte", "Kun for forummet", "Vikarbureauer",
                     "Det gik galt", forumLesson.ToString(), chathamLesson.ToString(), forum.ToString(), closed.ToString(), "lesson.attributed" })
            Assert.DoesNotContain(secret, json);
        // The Chatham House author appears only as the participant they are, never beside the lesson.
        Assert.Equal(["dk.politikerforum.theme.participant-joined"],
            events.Where(e => e.DataOf().ToString().Contains("Hemmelig Kilde")).Select(e => e.Type).Distinct());
    }

    [Fact]
    public async Task a_hidden_item_leaves_only_a_notice_and_a_retracted_post_its_place_without_its_words()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        var hidden = await author.PublishAsync(theme, "Et krænkende indlæg");
        var retracted = await author.PublishAsync(theme, "Et fortrudt indlæg");
        var lesson = await author.RecordLessonAsync(theme, "En skjult erfaring", "Med personhenførbare detaljer.", confidentiality: "public");
        await (await Secretariat.PostAsync($"/api/posts/{hidden}/hide", new { reason = "Personangreb på en borger" })).ShouldHaveStatusAsync(204);
        await (await Secretariat.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Personoplysninger" })).ShouldHaveStatusAsync(204);
        await (await author.DeleteAsync($"/api/posts/{retracted}")).ShouldHaveStatusAsync(204);
        await Store.CaughtUpAsync();

        var (events, json) = await Integrator.WholeFeedAsync();

        foreach (var gone in new[] { "krænkende", "Personangreb", "fortrudt", "En skjult erfaring", "personhenførbare", "Personoplysninger" })
            Assert.DoesNotContain(gone, json);
        Assert.Equal(["dk.politikerforum.post.hidden"], events.Where(e => e.Subject == $"posts/{hidden}").Select(e => e.Type));
        Assert.Equal(["dk.politikerforum.lesson.hidden"], events.Where(e => e.Subject == $"lessons/{lesson}").Select(e => e.Type));
        var published = events.Single(e => e.Subject == $"posts/{retracted}" && e.Type == "dk.politikerforum.post.published");
        Assert.Equal(JsonValueKind.Null, published.DataOf().GetProperty("text").ValueKind);
        Assert.Contains(events, e => e.Subject == $"posts/{retracted}" && e.Type == "dk.politikerforum.post.retracted");

        // Restored, the post is back, read as it is now.
        await (await Secretariat.PostAsync($"/api/posts/{hidden}/restore")).ShouldHaveStatusAsync(204);
        await Store.CaughtUpAsync();
        var (again, _) = await Integrator.WholeFeedAsync();
        Assert.Equal(["dk.politikerforum.post.published", "dk.politikerforum.post.hidden", "dk.politikerforum.post.restored"],
            again.Where(e => e.Subject == $"posts/{hidden}").Select(e => e.Type));
    }

    [Fact]
    public async Task after_an_erasure_nothing_of_the_erased_member_is_left()
    {
        var (zachariasId, zacharias) = await MemberAsync("Zacharias Glemmesen", "region", "Region Glemsel");
        var theme = await Secretariat.OpenThemeAsync("public");
        await Secretariat.AddParticipantAsync(theme, zachariasId);
        await zacharias.CreateAsync($"/api/themes/{theme}/posts", new { text = "Min nabo Henriette Hjertesygdom er syg.", personal = true });
        await zacharias.PublishAsync(theme, "Budgettet er overskredet.");

        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{zachariasId}/erasure", new { reason = "Artikel 17" })).ShouldHaveStatusAsync(200));
        await Store.CaughtUpAsync();

        var (events, json) = await Integrator.WholeFeedAsync();
        foreach (var gone in new[] { "Zacharias", "Glemmesen", "Region Glemsel", "Henriette" }) Assert.DoesNotContain(gone, json);
        Assert.Contains("Budgettet er overskredet.", json);
        var authors = events.Where(e => e.Type == "dk.politikerforum.post.published").Select(e => e.DataOf().GetProperty("author")).ToList();
        Assert.Equal(2, authors.Count);
        Assert.All(authors, a => Assert.Equal("""{"name":"Tidligere medlem","level":null,"body":null,"role":"member"}""", a.GetRawText()));
    }

    [Fact]
    public async Task a_theme_that_stops_being_public_leaves_the_feed()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public", "Snart lukket");
        await author.PublishAsync(theme, "Mens det var offentligt");
        await (await author.PutAsync($"/api/themes/{theme}", new { title = "Snart lukket", description = "Nu for forummet", visibility = "forum", version = 2 }))
            .ShouldHaveStatusAsync(200);
        await Store.CaughtUpAsync();

        var (events, _) = await Integrator.WholeFeedAsync();
        Assert.Empty(events);
    }
}
