using Politikerforum.Domain;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Pacing;

/// <summary>Every refusal leaves the theme as it was: no event is written.</summary>
public sealed class when_a_pace_switch_is_refused(ForumFixture fixture) : PaceTest(fixture)
{
    private async Task<System.Text.Json.JsonElement> RefusedAsync(Caller caller, Guid themeId, object body, int status)
    {
        var before = await EventCountAsync();
        var problem = await (await caller.SwitchPaceAsync(themeId, body)).ShouldBeProblemAsync(status);
        Assert.Equal(before, await EventCountAsync());
        return problem;
    }

    [Fact]
    public async Task switching_to_the_pace_the_theme_has_is_a_conflict()
    {
        var cast = await ThemeWithThreeAsync();

        Assert.Equal("Temaet er allerede i normalt tempo.", (await RefusedAsync(Secretariat, cast.ThemeId, Normal, 409)).Detail());
        await (await Secretariat.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(5)))).ShouldHaveStatusAsync(200);
        Assert.Equal("Temaet er allerede i hurtig handling.", (await RefusedAsync(cast.Mette, cast.ThemeId, Urgent(InHours(9)), 409)).Detail());
    }

    [Fact]
    public async Task an_archived_theme_is_a_conflict()
    {
        var cast = await ThemeWithThreeAsync();
        await (await Secretariat.PostAsync($"/api/themes/{cast.ThemeId}/archive")).ShouldHaveStatusAsync(204);

        Assert.Contains("arkiveret", (await RefusedAsync(Secretariat, cast.ThemeId, Urgent(InHours(5)), 409)).Detail());
    }

    [Fact]
    public async Task a_member_who_does_not_take_part_is_forbidden()
    {
        var cast = await ThemeWithThreeAsync();

        Assert.Contains("deltage i temaet", (await RefusedAsync(cast.Jonas, cast.ThemeId, Urgent(InHours(5)), 403)).Detail());
    }

    [Fact]
    public async Task an_integrator_is_forbidden_in_a_public_theme_and_finds_no_forum_theme()
    {
        var forum = await ThemeWithThreeAsync();
        var open = await Secretariat.OpenThemeAsync("public");

        await RefusedAsync(Integrator, open, Urgent(InHours(5)), 403);
        await RefusedAsync(Integrator, forum.ThemeId, Urgent(InHours(5)), 404);
    }

    [Fact]
    public async Task a_closed_theme_is_not_found_for_those_outside_it()
    {
        var cast = await ThemeWithThreeAsync("closed");

        Assert.Equal(Refusal.Unknown.Detail, (await RefusedAsync(cast.Jonas, cast.ThemeId, Urgent(InHours(5)), 404)).Detail());
    }

    [Fact]
    public async Task an_unknown_theme_is_not_found_and_an_anonymous_caller_is_unauthorised()
    {
        await RefusedAsync(Secretariat, Guid.NewGuid(), Urgent(InHours(5)), 404);
        var cast = await ThemeWithThreeAsync();
        await RefusedAsync(Anonymous, cast.ThemeId, Urgent(InHours(5)), 401);
    }

    [Fact]
    public async Task urgent_pace_needs_a_reason_and_an_end_time_named_per_field()
    {
        var cast = await ThemeWithThreeAsync();

        var problem = await RefusedAsync(cast.Mette, cast.ThemeId, new { pace = "urgent", reason = " " }, 400);

        Assert.Equal("Begrundelsen skal udfyldes, når temaet skal i hurtig handling.", problem.FieldError("reason"));
        Assert.Equal("Sluttidspunktet skal angives, når temaet skal i hurtig handling.", problem.FieldError("until"));
    }

    [Fact]
    public async Task the_pace_must_be_given_and_be_one_of_the_two()
    {
        var cast = await ThemeWithThreeAsync();

        Assert.Equal("Tempo skal angives (urgent eller normal).", (await RefusedAsync(cast.Mette, cast.ThemeId, new { reason = "R" }, 400)).FieldError("pace"));
        await RefusedAsync(cast.Mette, cast.ThemeId, new { pace = "hurtig", reason = "R", until = InHours(5) }, 400);
    }

    [Fact]
    public async Task an_end_time_is_only_for_urgent_pace()
    {
        var cast = await ThemeWithThreeAsync();
        await (await Secretariat.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(5)))).ShouldHaveStatusAsync(200);

        var problem = await RefusedAsync(Secretariat, cast.ThemeId, new { pace = "normal", until = InHours(5) }, 400);

        Assert.Contains("hurtig handling", problem.FieldError("until"));
    }

    [Fact]
    public async Task the_end_time_lies_ahead_and_at_most_thirty_days_away()
    {
        var cast = await ThemeWithThreeAsync();

        Assert.Contains("fremtiden", (await RefusedAsync(Secretariat, cast.ThemeId, Urgent(InHours(-1)), 400)).Detail());
        Assert.Contains("30 dage", (await RefusedAsync(cast.Mette, cast.ThemeId, Urgent(InHours(30 * 24 + 1)), 400)).Detail());
    }
}
