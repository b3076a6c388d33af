using Politikerforum.Domain.Experiments;

namespace Politikerforum.Domain.Tests.Experiments;

public class when_proposing_an_experiment
{
    private static readonly Guid NewId = Guid.NewGuid();
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly ProposeExperiment Command = new(
        " Firedages arbejdsuge ", " Flere søger job. ", [" Odense Kommune ", "odense kommune", "Region Syddanmark"],
        [Level.Region, Level.Kommune, Level.Region], Today.AddMonths(6));

    [Fact]
    public void a_participant_proposes_it_and_names_each_body_and_level_once()
    {
        Then.Allowed(ProposingExperiments.Refuses(ExperimentStory.WithAnneAndBo, Command, AsAnne, Now));
        var proposed = ProposingExperiments.Decide(NewId, ExperimentStory.WithAnneAndBo, Command, AsAnne, Now);

        Assert.Equal(
            new ExperimentProposed(NewId, ThemeId, "Firedages arbejdsuge", "Flere søger job.", proposed.Bodies, proposed.Levels,
                Today.AddMonths(6), Anne, Now),
            proposed);
        Assert.Equal(["Odense Kommune", "Region Syddanmark"], proposed.Bodies);
        Assert.Equal([Level.Kommune, Level.Region], proposed.Levels);
    }

    [Fact]
    public void a_proposed_experiment_waits_to_be_started()
    {
        var experiment = Given.Experiment(ExperimentStory.Proposed());

        Assert.Equal((ExperimentStatus.Proposed, false, 1), (experiment.Status, experiment.LessonsInvited, experiment.Version));
        Assert.Empty(experiment.Progress);
    }

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void the_secretariat_proposes_without_taking_part(Role role) =>
        Then.Allowed(ProposingExperiments.Refuses(Given.Theme(Opened(Visibility.Closed)), Command, In(role), Now));

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void someone_who_does_not_take_part_is_forbidden(Role role) =>
        Then.Refused(ProposingExperiments.Refuses(Given.Theme(Opened(Visibility.Public)), Command, In(role), Now), RefusalKind.Forbidden, "deltage");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(ProposingExperiments.Refuses(Given.Theme(Opened(Visibility.Closed)), Command, AsAnne, Now));

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(ProposingExperiments.Refuses(Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), Command, AsAnne, Now),
            RefusalKind.Conflict, "arkiveret");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void a_planned_end_today_or_before_is_invalid(int days) =>
        Then.Refused(ProposingExperiments.Refuses(ExperimentStory.WithAnneAndBo, Command with { PlannedEnd = Today.AddDays(days) }, AsAnne, Now),
            RefusalKind.Invalid, "efter i dag");

    [Fact]
    public void a_planned_end_tomorrow_will_do() =>
        Then.Allowed(ProposingExperiments.Refuses(ExperimentStory.WithAnneAndBo, Command with { PlannedEnd = Today.AddDays(1) }, AsAnne, Now));
}
