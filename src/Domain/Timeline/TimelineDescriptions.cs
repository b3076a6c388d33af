using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Timeline;

/// <param name="Summary">Danish, with "{deltager}" where the subject member's name goes.</param>
/// <param name="Unnamed">
/// The actor must not be shown or stored: the role recorded in their place. <see cref="EventActor.Anonymous"/> for a
/// Chatham House author, <see cref="EventActor.UnnamedMember"/> for whoever endorsed a lesson.
/// </param>
public sealed record Described(Guid ThemeId, string Type, string Summary, Guid? SubjectMemberId = null, Guid? ItemId = null, string? Unnamed = null)
{
    public bool Anonymous => Unnamed is not null;
}

/// <summary>The type name and the short Danish summary of every event that belongs to a theme.</summary>
public static class TimelineDescriptions
{
    public const string SubjectPlaceholder = "{deltager}";

    /// <summary>
    /// The summary with the subject's name in place. An erased member's stand-in is a description, not a name, so
    /// inside a sentence it reads "et tidligere medlem": "Fjernede et tidligere medlem som deltager".
    /// </summary>
    public static string WithSubject(string summary, string name) =>
        summary.Replace(SubjectPlaceholder,
            name == Members.Erasing.FormerMember && !summary.StartsWith(SubjectPlaceholder, StringComparison.Ordinal)
                ? "et tidligere medlem"
                : name);

    /// <param name="itemTitle">
    /// The title of the item the event is about, for the events that do not carry it (<see cref="ItemTitles"/>): a
    /// position names its proposal. Without it the summary says "et forslag", "et eksperiment", "et tilsagn".
    /// </param>
    public static Described? Describe(object data, string? itemTitle = null) => data switch
    {
        ThemeOpened e => new(e.ThemeId, "theme.opened", $"Åbnede temaet {Quote(e.Title)}"),
        ThemeUpdated e => new(e.ThemeId, "theme.updated", $"Opdaterede temaet {Quote(e.Title)}"),
        ThemeArchived e => new(e.ThemeId, "theme.archived", "Arkiverede temaet"),
        ParticipantJoined e when e.AddedBy == e.MemberId =>
            new(e.ThemeId, "theme.participant-joined", "Meldte sig til temaet", e.MemberId),
        ParticipantJoined e =>
            new(e.ThemeId, "theme.participant-joined", $"Tilføjede {SubjectPlaceholder} som deltager", e.MemberId),
        ParticipantLeft e when e.RemovedBy == e.MemberId =>
            new(e.ThemeId, "theme.participant-left", "Meldte sig ud af temaet", e.MemberId),
        ParticipantLeft e =>
            new(e.ThemeId, "theme.participant-left", $"Fjernede {SubjectPlaceholder} som deltager", e.MemberId),
        PaceSwitchRequested e => new(e.ThemeId, "theme.pace-switch-requested", PaceText("Bad om hurtig handling", "Bad om at vende tilbage til normalt tempo", e.Pace, e.Until, e.Reason)),
        PaceSwitched e => new(e.ThemeId, "theme.pace-switched", PaceText("Satte temaet i hurtig handling", "Satte temaet tilbage i normalt tempo", e.Pace, e.Until, e.Reason)),
        PaceReverted e => new(e.ThemeId, "theme.pace-reverted", "Perioden med hurtig handling udløb, og temaet er tilbage i normalt tempo"),
        TeamsChannelLinked e => new(e.ThemeId, "theme.teams-channel-linked", "Knyttede temaet til en kanal i Teams"),
        TeamsChannelUnlinked e => new(e.ThemeId, "theme.teams-channel-unlinked", "Fjernede temaets tilknytning til kanalen i Teams"),
        UrgentMeetingsChosen e => new(e.ThemeId, "theme.urgent-meetings-chosen", e.On
            ? "Valgte, at forummet indkalder til et møde i Teams, når temaet går i hurtig handling"
            : "Valgte, at forummet ikke længere indkalder til et møde i Teams, når temaet går i hurtig handling"),
        UrgentMeetingScheduled e => new(e.ThemeId, "theme.urgent-meeting-scheduled", $"Indkaldte til et møde i Teams den {Danish(e.StartsAt)} om den hurtige handling"),
        UrgentMeetingCancelled e => new(e.ThemeId, "theme.urgent-meeting-cancelled", $"Aflyste mødet i Teams den {Danish(e.StartsAt)}, fordi den hurtige handling sluttede før mødet"),
        PostPublished { ReplyTo: null } e =>
            new(e.ThemeId, "post.published", $"Startede en tråd{InTeams(e.Teams)}: {Quote(e.Text)}", ItemId: e.PostId),
        PostPublished e => new(e.ThemeId, "post.published", $"Svarede i en tråd{InTeams(e.Teams)}: {Quote(e.Text)}", ItemId: e.PostId),
        PostEdited e => new(e.ThemeId, "post.edited", $"Rettede et indlæg{InTeams(e.Teams)}: {Quote(e.Text)}", ItemId: e.PostId),
        PostRetracted { Teams: not null } e => new(e.ThemeId, "post.retracted", "Slettede et indlæg i Teams", ItemId: e.PostId),
        PostRetracted e => new(e.ThemeId, "post.retracted", "Trak et indlæg tilbage", ItemId: e.PostId),
        PostHidden e => new(e.ThemeId, "post.hidden", $"Skjulte et indlæg{Because(e.Reason)}", ItemId: e.PostId),
        PostRestored e => new(e.ThemeId, "post.restored", "Gjorde et skjult indlæg synligt igen", ItemId: e.PostId),
        DecisionProposed e => new(e.ThemeId, "decision.proposed", $"Stillede forslaget {Quote(e.Title)} med frist den {Danish(e.Deadline)}", ItemId: e.DecisionId),
        PositionTaken e => new(e.ThemeId, "decision.position-taken", $"{PositionText(e.Position)} {Proposal(itemTitle)}", ItemId: e.DecisionId),
        DecisionClosedForPositions e => new(e.ThemeId, "decision.closed-for-positions", $"Fristen for at tage stilling til {Proposal(itemTitle)} udløb", ItemId: e.DecisionId),
        // The proposal is what was decided; its rationale is on the decision itself.
        DecisionConcluded e => new(e.ThemeId, "decision.concluded",
            $"{(e.Outcome == DecisionOutcome.Adopted ? "Vedtog" : "Forkastede")} {Proposal(itemTitle)}", ItemId: e.DecisionId),
        DecisionWithdrawn e => new(e.ThemeId, "decision.withdrawn", $"Trak {Proposal(itemTitle)} tilbage{Because(e.Reason)}", ItemId: e.DecisionId),
        DecisionReviewDue e => new(e.ThemeId, "decision.review-due",
            $"Beslutningen om {Proposal(itemTitle)} skal nu evalueres: Hvad har I lært? Del jeres erfaringer.", ItemId: e.DecisionId),
        LessonRecorded e => new(e.ThemeId, "lesson.recorded", $"Delte en erfaring ({KindText(e.Kind)}): {Quote(e.Title)}",
            ItemId: e.LessonId, Unnamed: ChathamHouseAuthor(e.Confidentiality)),
        LessonEdited e => new(e.ThemeId, "lesson.edited", $"Rettede erfaringen {Quote(e.Title)}",
            ItemId: e.LessonId, Unnamed: ChathamHouseAuthor(e.Confidentiality)),
        // Who endorsed is known to the endorser alone (LessonAccess.MayKnowEndorser): the entry says that someone did.
        LessonEndorsed e => new(e.ThemeId, "lesson.endorsed", "Markerede en erfaring med »Det kan jeg bruge«", ItemId: e.LessonId, Unnamed: EventActor.UnnamedMember),
        LessonAttributed e => new(e.ThemeId, "lesson.attributed", "Står nu frem som afsender af en erfaring, der er delt under Chatham House-reglen", ItemId: e.LessonId),
        LessonHidden e => new(e.ThemeId, "lesson.hidden", $"Skjulte en erfaring{Because(e.Reason)}", ItemId: e.LessonId),
        LessonRestored e => new(e.ThemeId, "lesson.restored", "Gjorde en skjult erfaring synlig igen", ItemId: e.LessonId),
        ExperimentProposed e => new(e.ThemeId, "experiment.proposed", $"Foreslog eksperimentet {Quote(e.Title)}", ItemId: e.ExperimentId),
        ExperimentStarted e => new(e.ThemeId, "experiment.started", $"Satte eksperimentet {Quote(e.Title)} i gang", ItemId: e.ExperimentId),
        ExperimentProgressNoted e => new(e.ThemeId, "experiment.progress-noted",
            $"Noterede fremskridt i {(itemTitle is null ? "et eksperiment" : $"eksperimentet {Quote(itemTitle)}")}: {Quote(e.Note)}", ItemId: e.ExperimentId),
        // Whatever the outcome, a concluded experiment asks for lessons: what went wrong teaches as much as what worked.
        ExperimentConcluded e => new(e.ThemeId, "experiment.concluded",
            $"Afsluttede eksperimentet {Quote(e.Title)}, som {OutcomeText(e.Outcome)}. Del gerne jeres erfaringer.", ItemId: e.ExperimentId),
        ExperimentAbandoned e => new(e.ThemeId, "experiment.abandoned", $"Opgav eksperimentet {Quote(e.Title)}{Because(e.Reason)}", ItemId: e.ExperimentId),
        CommitmentMade e => new(e.ThemeId, "commitment.made",
            $"Gav på vegne af {e.FromBody} tilsagn til {Recipients.Of(e.ToLevel).Danish()} om {Quote(e.What)} senest den {Danish(e.DueOn)}", ItemId: e.CommitmentId),
        CommitmentFulfilled e => new(e.ThemeId, "commitment.fulfilled",
            $"Indfriede {Commitment(itemTitle)}{(e.Late ? " efter fristen" : "")}: {Quote(e.Note)}", ItemId: e.CommitmentId),
        CommitmentWithdrawn e => new(e.ThemeId, "commitment.withdrawn", $"Trak {Commitment(itemTitle)} tilbage{Because(e.Reason)}", ItemId: e.CommitmentId),
        CommitmentOverdue e => new(e.ThemeId, "commitment.overdue",
            $"{Capitalised(Commitment(itemTitle))} med frist den {Danish(e.DueOn)} er ikke indfriet", ItemId: e.CommitmentId),
        _ => null
    };

    private static string Proposal(string? title) => title is null ? "et forslag" : $"forslaget {Quote(title)}";

    private static string Commitment(string? what) => what is null ? "et tilsagn" : $"tilsagnet om {Quote(what)}";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A reason, where one was given, as every summary gives it.</summary>
    private static string Because(string? reason) => Blank.AsNull(reason) is { } r ? $" med begrundelsen {Quote(r)}" : "";

    /// <summary>
    /// What an entry of a hidden item says to those who may not see the item: that it happened, without
    /// quoting the hidden text. Null for entries that quote nothing of it.
    /// </summary>
    public static string? Withheld(string type) => type switch
    {
        "post.published" => "Skrev et indlæg, som sekretariatet har skjult",
        "post.edited" => "Rettede et indlæg, som sekretariatet har skjult",
        "lesson.recorded" => "Delte en erfaring, som sekretariatet har skjult",
        "lesson.edited" => "Rettede en erfaring, som sekretariatet har skjult",
        _ => null
    };

    /// <summary>Where an imported post was written, so the timeline tells the channel's discussion from the forum's.</summary>
    private static string InTeams(FromTeams? teams) => teams is null ? "" : " i Teams";

    /// <summary>The entries that quote a post's own words; a retraction takes the words out of them.</summary>
    public static readonly IReadOnlyList<string> QuotingPost = ["post.published", "post.edited"];

    /// <summary>What an entry of <see cref="QuotingPost"/> says once the post is retracted: that it happened, not what it said.</summary>
    public static string Retracted(string type) => type == "post.edited"
        ? "Rettede et indlæg, som siden er trukket tilbage"
        : "Skrev et indlæg, som siden er trukket tilbage";

    private static string? ChathamHouseAuthor(Confidentiality confidentiality) =>
        confidentiality == Confidentiality.ChathamHouse ? EventActor.Anonymous : null;

    private static string KindText(LessonKind kind) => kind switch
    {
        LessonKind.Worked => "det virkede",
        LessonKind.WentWrong => "det gik skævt",
        _ => "blandede erfaringer"
    };

    /// <summary>How an experiment went, after "som".</summary>
    private static string OutcomeText(ExperimentOutcome outcome) => outcome switch
    {
        ExperimentOutcome.Succeeded => "lykkedes",
        ExperimentOutcome.Mixed => "fik et blandet udfald",
        _ => "gik skævt"
    };

    /// <summary>A position as what the member did, before the proposal's name.</summary>
    private static string PositionText(Position position) => position switch
    {
        Position.Support => "Støttede",
        Position.Object => "Var imod",
        _ => "Undlod at stemme om"
    };

    private static string PaceText(string urgent, string normal, Pace pace, DateTimeOffset? until, string? reason) =>
        (pace == Pace.Urgent ? $"{urgent} indtil {Danish(until!.Value)}" : normal) + Because(reason);

    /// <summary>Deadlines as a Danish reader expects them: Danish time, Danish month names.</summary>
    public static string Danish(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, DanishTime.Zone).ToString("d. MMMM yyyy 'kl.' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));

    public static string Danish(DateOnly date) => date.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));

    public static IReadOnlyList<string> Types { get; } =
    [
        "theme.opened", "theme.updated", "theme.archived", "theme.participant-joined", "theme.participant-left",
        "theme.pace-switch-requested", "theme.pace-switched", "theme.pace-reverted", "theme.teams-channel-linked", "theme.teams-channel-unlinked",
        "theme.urgent-meetings-chosen", "theme.urgent-meeting-scheduled", "theme.urgent-meeting-cancelled",
        "post.published", "post.edited", "post.retracted", "post.hidden", "post.restored",
        "decision.proposed", "decision.position-taken", "decision.closed-for-positions", "decision.concluded", "decision.withdrawn",
        "decision.review-due",
        "lesson.recorded", "lesson.edited", "lesson.endorsed", "lesson.attributed", "lesson.hidden", "lesson.restored",
        "experiment.proposed", "experiment.started", "experiment.progress-noted", "experiment.concluded", "experiment.abandoned",
        "commitment.made", "commitment.fulfilled", "commitment.withdrawn", "commitment.overdue"
    ];

    private static string Quote(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= 80) return $"»{oneLine}«";
        // Never cut between the halves of a surrogate pair (an emoji): a lone half shows as "�".
        var cut = char.IsHighSurrogate(oneLine[78]) ? 78 : 79;
        return $"»{oneLine[..cut]}…«";
    }
}
