using Politikerforum.Domain;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web;

/// <summary>The forum's words as the pages show them: Danish labels for what the code calls by English names.</summary>
public static class Labels
{
    public static string Of(Level level) => level switch
    {
        Level.Kommune => "Kommune",
        Level.Region => "Region",
        Level.Folketing => "Folketinget",
        _ => "Europa-Parlamentet"
    };

    public static string Of(Level? level) => level is { } l ? Of(l) : "–";

    /// <summary>A body with its level, unless the body's name already says it ("Folketinget", "Europa-Parlamentet").</summary>
    public static string BodyAt(string body, Level level) =>
        string.Equals(body, level.Danish(), StringComparison.OrdinalIgnoreCase) ? body : $"{body} ({level.Danish()})";

    public static string Of(Recipient recipient) => recipient.Level() is { } level ? Of(level) : "Forummet";

    public static string Of(Pace pace) => pace == Pace.Urgent ? "Hurtig handling" : "Normalt tempo";

    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Public => "Offentligt",
        Visibility.Forum => "Forummets medlemmer",
        _ => "Lukket (kun deltagere)"
    };

    public static string Of(Role role) => role switch
    {
        Role.Member => "medlem",
        Role.Secretariat => "sekretariat",
        Role.Admin => "administrator",
        _ => "integration"
    };

    public static string Of(ExperimentStatus status) => status switch
    {
        ExperimentStatus.Proposed => "Foreslået",
        ExperimentStatus.Running => "I gang",
        ExperimentStatus.Concluded => "Afsluttet",
        _ => "Opgivet"
    };

    public static string Of(ExperimentOutcome? outcome) => outcome switch
    {
        ExperimentOutcome.Succeeded => "Lykkedes",
        ExperimentOutcome.Mixed => "Blandet udfald",
        ExperimentOutcome.Failed => "Gik skævt",
        _ => "–"
    };

    public static string Of(LessonKind kind) => kind switch
    {
        LessonKind.Worked => "Det virkede",
        LessonKind.WentWrong => "Det gik skævt",
        _ => "Blandede erfaringer"
    };

    public static string Of(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.Public => "Offentlig",
        Confidentiality.Forum => "Forummet",
        _ => "Chatham House"
    };

    public static string Of(DecisionStatus status) => status switch
    {
        DecisionStatus.Open => "Åben for stillingtagen",
        DecisionStatus.Closed => "Frist udløbet",
        DecisionStatus.Adopted => "Vedtaget",
        DecisionStatus.Rejected => "Forkastet",
        _ => "Trukket tilbage"
    };

    public static string Of(Position position) => position switch
    {
        Position.Support => "Støtter",
        Position.Object => "Imod",
        _ => "Undlader"
    };

    public static string Of(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Open => "Åbent",
        CommitmentStatus.Overdue => "Overskredet",
        CommitmentStatus.Fulfilled => "Indfriet",
        _ => "Trukket tilbage"
    };

    /// <summary>Dates and times in Danish time, as the members live them.</summary>
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Pending => "Venter på behandling",
        ApplicationStatus.Approved => "Godkendt",
        _ => "Afvist"
    };

    /// <summary>A lesson's author as the Domain's read shows them to the reader: a Chatham House lesson shows none.</summary>
    public static string Author(ShownActor author) => author.Body is { } body ? $"{author.Name}, {body}" : author.Name;

    public static string Time(DateTimeOffset time) => TimelineDescriptions.Danish(time);

    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : "–";

    public static string Date(DateOnly date) => TimelineDescriptions.Danish(date);

    public static string Date(DateTimeOffset time) => Date(DanishTime.DateOf(time));
}
