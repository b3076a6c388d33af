using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web;

/// <summary>The kinds of event as the pages name them, grouped as the forum's features are.</summary>
public static class EventTypes
{
    public sealed record Group(string Name, IReadOnlyList<string> Types);

    private static readonly Dictionary<string, string> Names = new()
    {
        ["theme.opened"] = "Tema åbnet", ["theme.updated"] = "Tema opdateret", ["theme.archived"] = "Tema arkiveret",
        ["theme.participant-joined"] = "Deltager kom med", ["theme.participant-left"] = "Deltager gik ud",
        ["theme.pace-switch-requested"] = "Tempo ønsket skiftet", ["theme.pace-switched"] = "Tempo skiftet",
        ["theme.pace-reverted"] = "Tilbage til normalt tempo",
        ["theme.teams-channel-linked"] = "Knyttet til kanal i Teams", ["theme.teams-channel-unlinked"] = "Kanal i Teams frakoblet",
        ["theme.urgent-meetings-chosen"] = "Møder ved hurtig handling valgt", ["theme.urgent-meeting-scheduled"] = "Møde indkaldt",
        ["theme.urgent-meeting-cancelled"] = "Møde aflyst",
        ["post.published"] = "Indlæg skrevet", ["post.edited"] = "Indlæg rettet", ["post.retracted"] = "Indlæg trukket tilbage",
        ["post.hidden"] = "Indlæg skjult", ["post.restored"] = "Indlæg gjort synligt",
        ["decision.proposed"] = "Forslag stillet", ["decision.position-taken"] = "Stilling taget",
        ["decision.closed-for-positions"] = "Frist for stillingtagen udløbet", ["decision.concluded"] = "Beslutning truffet",
        ["decision.withdrawn"] = "Forslag trukket tilbage", ["decision.review-due"] = "Beslutning skal evalueres",
        ["lesson.recorded"] = "Erfaring delt", ["lesson.edited"] = "Erfaring rettet", ["lesson.endorsed"] = "Erfaring markeret som brugbar",
        ["lesson.attributed"] = "Afsender stod frem", ["lesson.hidden"] = "Erfaring skjult", ["lesson.restored"] = "Erfaring gjort synlig",
        ["experiment.proposed"] = "Eksperiment foreslået", ["experiment.started"] = "Eksperiment startet",
        ["experiment.progress-noted"] = "Fremskridt noteret", ["experiment.concluded"] = "Eksperiment afsluttet",
        ["experiment.abandoned"] = "Eksperiment opgivet",
        ["commitment.made"] = "Tilsagn givet", ["commitment.fulfilled"] = "Tilsagn indfriet",
        ["commitment.withdrawn"] = "Tilsagn trukket tilbage", ["commitment.overdue"] = "Tilsagn overskredet",
        ["member.registered"] = "Medlem registreret", ["member.profile-updated"] = "Medlemsprofil opdateret",
        ["member.left-forum"] = "Medlem udmeldt", ["member.erased"] = "Medlemsdata slettet",
        ["member.data-exported"] = "Medlemsdata udleveret", ["organisation.registered"] = "Organisation registreret",
        ["staff.registered"] = "Medarbejder registreret",
    };

    private static readonly (string Prefix, string Name)[] Features =
    [
        ("theme.", "Tema og tempo"), ("post.", "Indlæg"), ("decision.", "Beslutninger"), ("lesson.", "Erfaringer"),
        ("experiment.", "Eksperimenter"), ("commitment.", "Tilsagn")
    ];

    /// <summary>The timeline's types, by feature, for the type filter.</summary>
    public static IReadOnlyList<Group> TimelineGroups { get; } =
        [.. Features.Select(f => new Group(f.Name, [.. TimelineDescriptions.Types.Where(t => t.StartsWith(f.Prefix, StringComparison.Ordinal))]))];

    public static string Name(string type) => Names.GetValueOrDefault(type, type);

    /// <summary>Whether the pages have a Danish name for <paramref name="type"/>; every type the timeline knows must.</summary>
    public static bool IsNamed(string type) => Names.ContainsKey(type);

    private static readonly (string Prefix, string Path)[] Items =
    [
        ("post.", "/sekretariat/indlaeg/"), ("decision.", "/sekretariat/beslutninger/"), ("lesson.", "/sekretariat/erfaringer/"),
        ("experiment.", "/sekretariat/eksperimenter/"), ("commitment.", "/sekretariat/tilsagn/")
    ];

    /// <summary>The page of the item an event is about; null when it is about the theme itself or nothing on the pages.</summary>
    public static string? LinkOf(string type, Guid? item) =>
        item is { } id && Items.FirstOrDefault(i => type.StartsWith(i.Prefix, StringComparison.Ordinal)).Path is { } path ? path + id : null;
}
