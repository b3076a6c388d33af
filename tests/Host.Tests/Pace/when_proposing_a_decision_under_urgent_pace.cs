using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Pacing;

/// <summary>In urgent pace ("hurtig handling") a decision may be asked for within hours instead of days.</summary>
public sealed class when_proposing_a_decision_under_urgent_pace(ForumFixture fixture) : PaceTest(fixture)
{
    [Fact]
    public async Task a_three_hour_deadline_is_refused_in_normal_pace_and_accepted_in_urgent_pace()
    {
        var cast = await ThemeWithThreeAsync();
        object Proposal() => new { title = "Fælles sandsække", proposal = "Vi deler lageret af sandsække på tværs af kommunerne.", deadline = InHours(3) };

        var problem = await (await cast.Mette.PostAsync($"/api/themes/{cast.ThemeId}/decisions", Proposal())).ShouldBeProblemAsync(400);
        Assert.Contains("hurtig handling", problem.Detail());

        await (await Secretariat.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(24)))).ShouldHaveStatusAsync(200);

        await cast.Mette.CreateAsync($"/api/themes/{cast.ThemeId}/decisions", Proposal());
    }
}
