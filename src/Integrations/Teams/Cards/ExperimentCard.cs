using Politikerforum.Domain.Experiments;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>A concluded experiment, and the invitation to share what was learned, whether it worked or went wrong.</summary>
public static class ExperimentCard
{
    public static AdaptiveCard Build(ExperimentView experiment, string themeTitle) => new(
    [
        new TextBlock($"Eksperiment afsluttet: {experiment.Title}") { Size = TextSize.Large, Weight = TextWeight.Bolder },
        new TextBlock($"Tema: {themeTitle}") { IsSubtle = true, Spacing = Spacing.None },
        new FactSet(
        [
            new Fact("Udfald", experiment.Outcome is { } outcome ? Danish.Of(outcome) : "Ikke angivet"),
            new Fact("Niveauer", string.Join(", ", experiment.Levels.Select(Danish.Label))),
            new Fact("Myndigheder", string.Join(", ", experiment.Bodies))
        ]),
        new TextBlock($"Hypotese: {Danish.Shorten(experiment.Hypothesis, 600)}") { Separator = true },
        new TextBlock($"Opsummering: {Danish.Shorten(experiment.Summary ?? "", 1_200)}"),
        new TextBlock("Hvad har I lært? Del både det, der lykkedes, og det, der gik skævt.") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium }
    ])
    {
        Actions = [CardVerbs.Button("Del en erfaring", CardVerbs.OpenLessonForm, (CardVerbs.Theme, experiment.ThemeId), (CardVerbs.Experiment, experiment.Id))],
        Speak = $"Eksperimentet {experiment.Title} er afsluttet."
    };
}
