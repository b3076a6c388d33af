using Politikerforum.Domain.Experiments;
using static Politikerforum.Domain.Tests.Experiments.ExperimentStory;

namespace Politikerforum.Domain.Tests.Experiments;

public class when_starting_an_experiment
{
    [Fact]
    public void a_proposed_experiment_starts_running()
    {
        var experiment = In(ExperimentStatus.Proposed);

        Then.Allowed(StartingExperiments.Refuses(experiment, WithAnneAndBo, AsAnne));
        var started = StartingExperiments.Decide(experiment, AsAnne, Now);
        Assert.Equal(new ExperimentStarted(ExperimentId, ThemeId, Title, Anne, Now), started);
        var after = Given.Experiment(Proposed(), started);
        Assert.Equal((ExperimentStatus.Running, Now, false), (after.Status, after.StartedAt, after.LessonsInvited));
    }

    [Theory]
    [InlineData(ExperimentStatus.Running, "allerede sat i gang")]
    [InlineData(ExperimentStatus.Concluded, "allerede afsluttet")]
    [InlineData(ExperimentStatus.Abandoned, "opgivet")]
    public void only_a_proposed_experiment_starts(ExperimentStatus status, string why) =>
        Then.Refused(StartingExperiments.Refuses(In(status), WithAnneAndBo, AsAnne), RefusalKind.Conflict, why);
}

public class when_concluding_an_experiment
{
    [Theory]
    [InlineData(ExperimentOutcome.Succeeded)]
    [InlineData(ExperimentOutcome.Mixed)]
    [InlineData(ExperimentOutcome.Failed)]
    public void a_running_experiment_concludes_with_any_outcome_and_invites_lessons(ExperimentOutcome outcome)
    {
        var experiment = In(ExperimentStatus.Running);

        Then.Allowed(ConcludingExperiments.Refuses(experiment, WithAnneAndBo, AsAnne));
        var concluded = ConcludingExperiments.Decide(experiment, new ConcludeExperiment(outcome, " Det virkede delvist. "), AsAnne, Now);
        Assert.Equal(new ExperimentConcluded(ExperimentId, ThemeId, Title, outcome, "Det virkede delvist.", Anne, Now), concluded);

        var after = Given.Experiment(Proposed(), Started(), concluded);
        Assert.Equal((ExperimentStatus.Concluded, outcome, "Det virkede delvist.", Anne, Now, true),
            (after.Status, after.Outcome, after.Summary, after.ClosedBy, after.ClosedAt, after.LessonsInvited));
    }

    [Theory]
    [InlineData(ExperimentStatus.Proposed, "sat i gang")]
    [InlineData(ExperimentStatus.Concluded, "allerede afsluttet")]
    [InlineData(ExperimentStatus.Abandoned, "opgivet")]
    public void only_a_running_experiment_concludes(ExperimentStatus status, string why) =>
        Then.Refused(ConcludingExperiments.Refuses(In(status), WithAnneAndBo, AsAnne), RefusalKind.Conflict, why);
}

public class when_abandoning_an_experiment
{
    [Theory]
    [InlineData(ExperimentStatus.Proposed)]
    [InlineData(ExperimentStatus.Running)]
    public void a_proposed_or_running_experiment_is_abandoned_with_a_reason_and_invites_no_lessons(ExperimentStatus status)
    {
        var history = HistoryOf(status);
        var experiment = Given.Experiment(history);

        Then.Allowed(AbandoningExperiments.Refuses(experiment, WithAnneAndBo, Secretariat));
        var abandoned = AbandoningExperiments.Decide(experiment, new AbandonExperiment(" Budgettet blev skåret. "), Secretariat, Now);
        Assert.Equal(new ExperimentAbandoned(ExperimentId, ThemeId, Title, "Budgettet blev skåret.", Secretariat.Id, Now), abandoned);

        var after = Given.Experiment([.. history, abandoned]);
        Assert.Equal((ExperimentStatus.Abandoned, "Budgettet blev skåret.", Secretariat.Id, Now, false, (ExperimentOutcome?)null),
            (after.Status, after.AbandonReason, after.ClosedBy, after.ClosedAt, after.LessonsInvited, after.Outcome));
    }

    [Theory]
    [InlineData(ExperimentStatus.Concluded, "allerede afsluttet")]
    [InlineData(ExperimentStatus.Abandoned, "opgivet")]
    public void an_experiment_that_is_over_stays_over(ExperimentStatus status, string why) =>
        Then.Refused(AbandoningExperiments.Refuses(In(status), WithAnneAndBo, AsAnne), RefusalKind.Conflict, why);
}
