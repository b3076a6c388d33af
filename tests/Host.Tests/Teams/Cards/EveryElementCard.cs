using System.Text.Json.Nodes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Host.Tests.Teams.Cards;

/// <summary>
/// A form that uses every element, input and action the card records can write, with a refresh and a mention,
/// so the validator sees each of them as the bot would send it.
/// </summary>
public static class EveryElementCard
{
    public static AdaptiveCard Build() => new(
    [
        new TextBlock("Nyt tilsagn til et andet niveau") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent },
        new TextBlock("<at>Mette Holm</at> har bedt om dit tilsagn.") { IsSubtle = true, MaxLines = 3, Spacing = Spacing.Small },
        new FactSet([new Fact("Tema", "Fremtidens arbejdskraft"), new Fact("Tempo", "Hurtig handling")]) { Separator = true },
        new ColumnSet(
        [
            new Column([new TextBlock("Kommune") { Weight = TextWeight.Bolder }]) { Width = "auto" },
            new Column([new TextBlock("Aarhus Kommune")]) { Width = "stretch" }
        ]),
        new Container(
        [
            new TextInput("hvad", "Hvad lover du?") { IsRequired = true, ErrorMessage = "Skriv, hvad du lover.", IsMultiline = true, MaxLength = 2000, Placeholder = "Fx at dele vagtplanerne" },
            new ChoiceSetInput("til", "Til hvilket niveau?", [new Choice("Kommune", "kommune"), new Choice("Region", "region"), new Choice("Folketinget", "folketing"), new Choice("Europa-Parlamentet", "europaparlamentet")])
            {
                Style = ChoiceStyle.Expanded, IsRequired = true, ErrorMessage = "Vælg et niveau."
            },
            new DateInput("frist", "Senest") { Min = new DateOnly(2026, 3, 2), Value = new DateOnly(2026, 4, 1), IsRequired = true, ErrorMessage = "Vælg en dato." },
            new ToggleInput("besked", "Besked", "Giv mig besked ved hurtig handling") { Value = "true", ValueOn = "true", ValueOff = "false" }
        ]) { Style = ContainerStyle.Emphasis }
    ])
    {
        Actions =
        [
            new ExecuteAction("Giv tilsagn", "tilsagn.giv") { Style = ActionStyle.Positive, Data = new JsonObject { ["tema"] = "c5e9-…" } },
            new ExecuteAction("Fortryd", "tilsagn.fortryd") { AssociatedInputs = "none" },
            new SubmitAction("Send som besked") { Data = new JsonObject { ["kommando"] = "tilsagn" } }
        ],
        Refresh = new CardRefresh(new ExecuteAction("Opdater", "tilsagn.vis")) { UserIds = ["29:1uMVvhoAyfTqdMsyvHL0qlJTTfQF9MOUSI8"] },
        Teams = new TeamsCardProperties { Entities = [Entity.Mention("29:1uMVvhoAyfTqdMsyvHL0qlJTTfQF9MOUSI8", "Mette Holm")], Width = "Full" },
        Speak = "Nyt tilsagn til et andet niveau."
    };
}
