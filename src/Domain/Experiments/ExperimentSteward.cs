using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

/// <summary>What starting, concluding and abandoning have in common: who may, and when it is too late.</summary>
public static class ExperimentSteward
{
    /// <summary>
    /// The proposer and the secretariat steer an experiment. The proposer is recognised by their
    /// member id: unregistered callers all share the empty id and so never pass for a proposer.
    /// An unknown experiment is answered as one the actor may not see.
    /// </summary>
    public static Refusal? Refuses(Experiment? experiment, Theme? theme, Actor actor) =>
        experiment is null || !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsMember(experiment.ProposedBy)
            ? Refusal.Forbidden("Kun den, der har foreslået eksperimentet, og sekretariatet kan sætte det i gang, afslutte eller opgive det.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så eksperimentet kan ikke længere ændres.")
        : RefusesWhenOver(experiment);

    /// <summary>A concluded or abandoned experiment is history: it stays as it ended.</summary>
    public static Refusal? RefusesWhenOver(Experiment experiment) => experiment.Status switch
    {
        ExperimentStatus.Concluded => Refusal.Conflict("Eksperimentet er allerede afsluttet."),
        ExperimentStatus.Abandoned => Refusal.Conflict("Eksperimentet er opgivet og kan ikke længere ændres."),
        _ => null
    };
}
