using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public record ProposeExperiment(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Hypotesen skal udfyldes."), StringLength(10_000, ErrorMessage = "Hypotesen må højst være 10.000 tegn.")]
    string Hypothesis,
    [property: Required(ErrorMessage = "Angiv mindst én involveret myndighed, fx \"Odense Kommune\"."),
               MinLength(1, ErrorMessage = "Angiv mindst én involveret myndighed, fx \"Odense Kommune\"."),
               MaxLength(20, ErrorMessage = "Der kan højst angives 20 involverede myndigheder."),
               EachText(200, ErrorMessage = "Hver myndighed skal have et navn på højst 200 tegn.")]
    IReadOnlyList<string> Bodies,
    [property: Required(ErrorMessage = "Angiv mindst ét involveret niveau (kommune, region, folketing eller europaparlamentet)."),
               MinLength(1, ErrorMessage = "Angiv mindst ét involveret niveau (kommune, region, folketing eller europaparlamentet)."),
               MaxLength(4, ErrorMessage = "Der er fire niveauer; angiv hvert højst én gang.")]
    IReadOnlyList<Level> Levels,
    [property: Required(ErrorMessage = "Den planlagte slutdato skal angives.")]
    DateOnly? PlannedEnd) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

public static class ProposingExperiments
{
    public static Refusal? Refuses(Theme? theme, ProposeExperiment command, Actor actor, DateTimeOffset now) =>
        ThemeWork.RefusesContribution(theme, actor, "foreslå eksperimenter")
        ?? (command.PlannedEnd <= DateOnly.FromDateTime(now.UtcDateTime)
            ? Refusal.Invalid("Den planlagte slutdato skal ligge efter i dag.")
            : null);

    /// <summary>The same body or level named twice is one; levels in their usual order, bodies as given.</summary>
    public static ExperimentProposed Decide(Guid experimentId, Theme theme, ProposeExperiment command, Actor actor, DateTimeOffset now) =>
        new(experimentId, theme.Id, command.Title.Trim(), command.Hypothesis.Trim(),
            command.Bodies.Select(b => b.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            command.Levels.Distinct().Order().ToList(), command.PlannedEnd!.Value, actor.Id, now);
}

/// <summary>Each experiment is its own stream: the theme is only read when one is proposed.</summary>
public static class ProposeExperimentHandler
{
    public static Task<Theme?> LoadAsync(ProposeExperiment command, IDocumentSession session, CancellationToken ct) =>
        session.LoadAsync<Theme>(command.ThemeId, ct);

    public static Outcome Handle(ProposeExperiment command, Theme? theme, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (ProposingExperiments.Refuses(theme, command, actor, now) is { } refusal) return refusal;
        var proposed = ProposingExperiments.Decide(Guid.CreateVersion7(), theme!, command, actor, now);
        session.Events.StartStream<Experiment>(proposed.ExperimentId, proposed);
        return new Done(proposed.ExperimentId, 1);
    }
}
