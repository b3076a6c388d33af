using Politikerforum.Domain.Experiments;
using static Politikerforum.Domain.Tests.Experiments.ExperimentStory;

namespace Politikerforum.Domain.Tests.Experiments;

public class when_noting_progress_in_an_experiment
{
    private static readonly NoteProgress Note = new(" Vagtplanerne holder. ");

    [Fact]
    public void any_participant_notes_progress_in_a_running_experiment_and_notes_add_up()
    {
        var experiment = In(ExperimentStatus.Running);

        Then.Allowed(NotingProgress.Refuses(experiment, WithAnneAndBo, AsBo));
        var noted = NotingProgress.Decide(experiment, Note, AsBo, Now);
        // The experiment's title travels with the note, so the timeline names it without a look-up.
        Assert.Equal(new ExperimentProgressNoted(ExperimentId, ThemeId, "Vagtplanerne holder.", Bo, Now) { ItemTitle = experiment.Title }, noted);

        var after = Given.Experiment(Proposed(), Started(), Noted(Anne), noted);
        Assert.Equal([new ProgressNote("Vagtplanerne holder.", Anne, Earlier), new ProgressNote("Vagtplanerne holder.", Bo, Now)], after.Progress);
        Assert.Equal((ExperimentStatus.Running, 4), (after.Status, after.Version));
    }

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void the_secretariat_notes_progress_without_taking_part(Role role) =>
        Then.Allowed(NotingProgress.Refuses(In(ExperimentStatus.Running), Given.Theme(Opened(Visibility.Closed)), In(role)));

    [Fact]
    public void an_unknown_experiment_is_not_found() =>
        Then.Unknown(NotingProgress.Refuses(null, null, Secretariat));

    [Fact]
    public void a_proposed_experiment_must_be_started_first() =>
        Then.Refused(NotingProgress.Refuses(In(ExperimentStatus.Proposed), WithAnneAndBo, AsAnne), RefusalKind.Conflict,
            "sat i gang, før der kan noteres fremskridt");

    [Theory]
    [InlineData(ExperimentStatus.Concluded, "allerede afsluttet")]
    [InlineData(ExperimentStatus.Abandoned, "opgivet")]
    public void an_experiment_that_is_over_takes_no_more_notes(ExperimentStatus status, string why) =>
        Then.Refused(NotingProgress.Refuses(In(status), WithAnneAndBo, AsAnne), RefusalKind.Conflict, why);

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void someone_who_does_not_take_part_is_forbidden(Role role) =>
        Then.Refused(NotingProgress.Refuses(In(ExperimentStatus.Running), Given.Theme(Opened(Visibility.Public)), In(role)),
            RefusalKind.Forbidden, "deltage");

    [Fact]
    public void the_proposer_who_left_the_theme_is_forbidden() =>
        Then.Refused(NotingProgress.Refuses(In(ExperimentStatus.Running), Given.Theme(Opened(Visibility.Forum), Joined(Anne), Left(Anne)), AsAnne),
            RefusalKind.Forbidden, "deltage");

    [Fact]
    public void an_experiment_in_a_closed_theme_is_not_found_for_outsiders() =>
        Then.Unknown(NotingProgress.Refuses(In(ExperimentStatus.Running), Given.Theme(Opened(Visibility.Closed), Joined(Anne)), AsBo));

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(NotingProgress.Refuses(In(ExperimentStatus.Running), Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), AsAnne),
            RefusalKind.Conflict, "arkiveret");
}
