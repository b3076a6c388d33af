using Politikerforum.Domain.Experiments;
using static Politikerforum.Domain.Tests.Experiments.ExperimentStory;

namespace Politikerforum.Domain.Tests.Experiments;

/// <summary>Starting, concluding and abandoning are the proposer's and the secretariat's, whoever else takes part.</summary>
public class when_steering_an_experiment
{
    public enum Step { Start, Conclude, Abandon }

    /// <summary>Each step asked of an experiment in a state it may take that step from.</summary>
    private static Refusal? Refuses(Step step, Theme theme, Actor actor, Guid? proposer = null) => step switch
    {
        Step.Start => StartingExperiments.Refuses(In(ExperimentStatus.Proposed, proposer), theme, actor),
        Step.Conclude => ConcludingExperiments.Refuses(In(ExperimentStatus.Running, proposer), theme, actor),
        _ => AbandoningExperiments.Refuses(In(ExperimentStatus.Running, proposer), theme, actor)
    };

    [Theory]
    [InlineData(Step.Start)]
    [InlineData(Step.Conclude)]
    [InlineData(Step.Abandon)]
    public void the_proposer_may(Step step) => Then.Allowed(Refuses(step, WithAnneAndBo, AsAnne));

    [Theory]
    [InlineData(Step.Start, Role.Secretariat)]
    [InlineData(Step.Conclude, Role.Secretariat)]
    [InlineData(Step.Abandon, Role.Secretariat)]
    [InlineData(Step.Start, Role.Admin)]
    [InlineData(Step.Abandon, Role.Admin)]
    public void the_secretariat_may_without_taking_part(Step step, Role role) =>
        Then.Allowed(Refuses(step, Given.Theme(Opened(Visibility.Closed), Joined(Anne)), In(role)));

    [Theory]
    [InlineData(Step.Start)]
    [InlineData(Step.Conclude)]
    [InlineData(Step.Abandon)]
    public void another_participant_is_forbidden(Step step) =>
        Then.Refused(Refuses(step, WithAnneAndBo, AsBo), RefusalKind.Forbidden, "foreslået");

    /// <summary>An unregistered secretariat caller proposes as the empty id, which an integrator also has.</summary>
    [Theory]
    [InlineData(Step.Start)]
    [InlineData(Step.Conclude)]
    [InlineData(Step.Abandon)]
    public void an_integrator_never_passes_for_the_proposer(Step step) =>
        Then.Refused(Refuses(step, Given.Theme(Opened(Visibility.Public)), Integrator with { Id = Guid.Empty }, proposer: Guid.Empty),
            RefusalKind.Forbidden, "foreslået");

    [Theory]
    [InlineData(Step.Start)]
    [InlineData(Step.Conclude)]
    [InlineData(Step.Abandon)]
    public void a_proposer_who_left_a_closed_theme_cannot_find_it(Step step) =>
        Then.Unknown(Refuses(step, Given.Theme(Opened(Visibility.Closed), Joined(Anne), Left(Anne)), AsAnne));

    [Fact]
    public void an_unknown_experiment_is_not_found_even_by_the_secretariat()
    {
        Then.Unknown(StartingExperiments.Refuses(null, null, Secretariat));
        Then.Unknown(ConcludingExperiments.Refuses(null, null, Secretariat));
        Then.Unknown(AbandoningExperiments.Refuses(null, null, Secretariat));
    }

    [Theory]
    [InlineData(Step.Start)]
    [InlineData(Step.Conclude)]
    [InlineData(Step.Abandon)]
    public void nothing_moves_in_an_archived_theme(Step step) =>
        Then.Refused(Refuses(step, Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), Secretariat), RefusalKind.Conflict, "arkiveret");
}
