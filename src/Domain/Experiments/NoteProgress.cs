using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public record NoteProgress(
    [property: Required(ErrorMessage = "Notatet skal have en tekst."), StringLength(10_000, ErrorMessage = "Et notat må højst være 10.000 tegn.")]
    string Note) : ICommand
{
    [JsonIgnore] public Guid ExperimentId { get; init; }
}

public static class NotingProgress
{
    /// <summary>Anyone taking part in the theme may tell how the experiment is going, not only its proposer.</summary>
    public static Refusal? Refuses(Experiment? experiment, Theme? theme, Actor actor) =>
        experiment is null || !theme.CanSee(actor) ? Refusal.Unknown
        : ThemeWork.RefusesContribution(theme, actor, "notere fremskridt")
        ?? ExperimentSteward.RefusesWhenOver(experiment)
        ?? (experiment.Status == ExperimentStatus.Proposed
            ? Refusal.Conflict("Et eksperiment skal være sat i gang, før der kan noteres fremskridt.")
            : null);

    public static ExperimentProgressNoted Decide(Experiment experiment, NoteProgress command, Actor actor, DateTimeOffset now) =>
        new(experiment.Id, experiment.ThemeId, command.Note.Trim(), actor.Id, now) { ItemTitle = experiment.Title };
}

public static class NoteProgressHandler
{
    public static Task<ItemStream<Experiment>> LoadAsync(NoteProgress command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Experiment>(command.ExperimentId, ct);

    public static Outcome Handle(NoteProgress command, ItemStream<Experiment> experiment, Actor actor, TimeProvider clock)
    {
        if (NotingProgress.Refuses(experiment.Item, experiment.Theme, actor) is { } refusal) return refusal;
        var noted = NotingProgress.Decide(experiment.Item!, command, actor, clock.GetUtcNow());
        var done = experiment.Append(noted);
        // The answer is the experiment with this note, as its snapshot is written in the same commit (the same Apply, and the
        // version Marten gives it): the door shows it without reading the experiment and its theme back.
        return done with { Left = Experiment.Apply(noted, experiment.Item!) with { Version = (int)done.Version } };
    }
}
