using System.Text.RegularExpressions;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>The forum's values as a Danish reader of a card reads them.</summary>
public static partial class Danish
{
    public static string Of(LessonKind kind) => kind switch
    {
        LessonKind.Worked => "Det virkede",
        LessonKind.WentWrong => "Det gik skævt",
        _ => "Blandede erfaringer"
    };

    public static string Of(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.Public => "Offentlig",
        Confidentiality.Forum => "Kun for forummets medlemmer",
        _ => "Chatham House: indholdet må bruges, afsenderen nævnes aldrig"
    };

    public static string Of(Position position) => position switch
    {
        Position.Support => "Støtter",
        Position.Object => "Imod",
        _ => "Undlader"
    };

    public static string Of(DecisionStatus status) => status switch
    {
        DecisionStatus.Open => "Åben for stillingtagen",
        DecisionStatus.Closed => "Fristen er udløbet",
        DecisionStatus.Adopted => "Vedtaget",
        DecisionStatus.Rejected => "Forkastet",
        _ => "Trukket tilbage"
    };

    public static string Of(ExperimentOutcome outcome) => outcome switch
    {
        ExperimentOutcome.Succeeded => "Lykkedes",
        ExperimentOutcome.Mixed => "Blandet udfald",
        _ => "Gik skævt"
    };

    public static string Of(Pace pace) => pace == Pace.Urgent ? "Hurtig handling" : "Normalt tempo";

    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Public => "Offentligt",
        Visibility.Forum => "For forummets medlemmer",
        _ => "Lukket"
    };

    /// <summary>A level with a capital, as a label: "Kommune", "Folketinget".</summary>
    public static string Label(Level level) => level.Danish() is var text ? char.ToUpperInvariant(text[0]) + text[1..] : "";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static string Time(DateTimeOffset time) => TimelineDescriptions.Danish(time);

    /// <summary>The date in Denmark at this moment.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    /// <summary>A date and a time of day on a Danish clock, as a moment; a time in the spring-forward gap is read as the hour after.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string Date(DateOnly date) => TimelineDescriptions.Danish(date);

    /// <summary>Long texts are cut on a card, so every card stays far below Teams' size limit; the forum holds the whole text.</summary>
    public static string Shorten(string text, int max)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max) return trimmed;
        // Never cut between the halves of a surrogate pair (an emoji).
        var cut = char.IsHighSurrogate(trimmed[max - 2]) ? max - 2 : max - 1;
        return trimmed[..cut] + "…";
    }

    /// <summary>A search snippet's safe HTML (escaped text, matches in &lt;mark&gt;) as a card's markdown.</summary>
    public static string FromSnippet(string snippet) =>
        Marks().Replace(snippet, "**").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");

    [GeneratedRegex("</?mark>")]
    private static partial Regex Marks();
}
