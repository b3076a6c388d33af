using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public record ProposeDecision(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Forslaget skal have en tekst."), StringLength(20_000, ErrorMessage = "Forslaget må højst være 20.000 tegn.")]
    string Proposal,
    [property: Required(ErrorMessage = "Fristen skal angives.")]
    DateTimeOffset? Deadline,
    [property: MaxLength(4, ErrorMessage = "Der er fire niveauer; angiv hvert højst én gang.")]
    IReadOnlyList<Level>? RequiredLevels);

public static class Proposing
{
    /// <summary>In normal pace members get days to weigh in; in urgent pace ("hurtig handling") hours will do.</summary>
    public static TimeSpan ShortestDeadline(Pace pace) => pace == Pace.Urgent ? TimeSpan.FromHours(1) : TimeSpan.FromDays(2);

    public static Refusal? Refuses(Theme theme, ProposeDecision command, Actor actor, DateTimeOffset now) =>
        ThemeWork.RefusesContribution(theme, actor, "stille forslag")
        ?? (command.Deadline < now + ShortestDeadline(theme.Pace)
            ? Refusal.Invalid(theme.Pace == Pace.Urgent
                ? "Fristen skal ligge mindst en time ude i fremtiden."
                : "Fristen skal ligge mindst to døgn ude i fremtiden. Kortere frister kræver, at temaet er i hurtig handling.")
            : command.Deadline > now.AddYears(1) ? Refusal.Invalid("Fristen må højst ligge et år ude i fremtiden.")
            : null);

    public static DecisionProposed Decide(Guid decisionId, Theme theme, ProposeDecision command, Actor actor, DateTimeOffset now) =>
        new(decisionId, theme.Id, command.Title.Trim(), command.Proposal.Trim(), command.Deadline!.Value,
            (command.RequiredLevels ?? []).Distinct().Order().ToList(), actor.Id, now);
}
