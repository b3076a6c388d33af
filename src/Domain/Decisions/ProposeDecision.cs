using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;
using Wolverine;

namespace Politikerforum.Domain.Decisions;

public record ProposeDecision(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Forslaget skal have en tekst."), StringLength(20_000, ErrorMessage = "Forslaget må højst være 20.000 tegn.")]
    string Proposal,
    [property: Required(ErrorMessage = "Fristen skal angives.")]
    DateTimeOffset? Deadline,
    [property: MaxLength(4, ErrorMessage = "Der er fire niveauer; angiv hvert højst én gang.")]
    IReadOnlyList<Level>? RequiredLevels) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

public static class Proposing
{
    /// <summary>In normal pace members get days to weigh in; in urgent pace ("hurtig handling") hours will do.</summary>
    public static TimeSpan ShortestDeadline(Pace pace) => pace == Pace.Urgent ? TimeSpan.FromHours(1) : TimeSpan.FromDays(2);

    public static Refusal? Refuses(Theme? theme, ProposeDecision command, Actor actor, DateTimeOffset now) =>
        ThemeWork.RefusesContribution(theme, actor, "stille forslag")
        ?? (command.Deadline < now + ShortestDeadline(theme!.Pace)
            ? Refusal.Invalid(theme.Pace == Pace.Urgent
                ? "Fristen skal ligge mindst en time ude i fremtiden."
                : "Fristen skal ligge mindst to døgn ude i fremtiden. Kortere frister kræver, at temaet er i hurtig handling.")
            : command.Deadline > now.AddYears(1) ? Refusal.Invalid("Fristen må højst ligge et år ude i fremtiden.")
            : null);

    public static DecisionProposed Decide(Guid decisionId, Theme theme, ProposeDecision command, Actor actor, DateTimeOffset now) =>
        new(decisionId, theme.Id, command.Title.Trim(), command.Proposal.Trim(), command.Deadline!.Value,
            (command.RequiredLevels ?? []).Distinct().Order().ToList(), actor.Id, now);
}

/// <summary>Each decision starts its own stream, so positions on one never contend with another.</summary>
public static class ProposeDecisionHandler
{
    public static Task<Theme?> LoadAsync(ProposeDecision command, IDocumentSession session, CancellationToken ct) =>
        session.LoadAsync<Theme>(command.ThemeId, ct);

    /// <summary>The decision closes for positions by itself at its deadline.</summary>
    public static (Outcome, OutgoingMessages) Handle(ProposeDecision command, Theme? theme, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (Proposing.Refuses(theme, command, actor, now) is { } refusal) return (refusal, []);
        var proposed = Proposing.Decide(Guid.CreateVersion7(), theme!, command, actor, now);
        session.Events.StartStream<Decision>(proposed.DecisionId, proposed);
        return (new Done(proposed.DecisionId, 1), [new CloseDecisionForPositions(proposed.DecisionId).ScheduledAt(proposed.Deadline)]);
    }
}
