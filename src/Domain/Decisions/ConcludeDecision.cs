using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public record ConcludeDecision(
    [property: Required(ErrorMessage = "Udfaldet skal angives (adopted eller rejected).")]
    DecisionOutcome? Outcome,
    [property: Required(ErrorMessage = "Begrundelsen skal udfyldes."), StringLength(10_000, ErrorMessage = "Begrundelsen må højst være 10.000 tegn.")]
    string Rationale,
    DateOnly? ReviewOn);

public record WithdrawDecision(
    [property: StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string? Reason);

public static class Deciding
{
    public static readonly Refusal Unknown = Refusal.NotFound("Forslaget findes ikke.");

    /// <summary>
    /// Concluding and withdrawing are for the proposer and the secretariat, while the decision is unsettled.
    /// An archived theme is read-only, as it is for posts.
    /// </summary>
    public static Refusal? RefusesSteward(Decision decision, Theme theme, Actor actor) =>
        !theme.CanSee(actor) ? Unknown
        : !actor.RunsTheForum && !actor.IsPerson(decision.ProposedBy)
            ? Refusal.Forbidden("Kun forslagsstilleren og sekretariatet kan afslutte forslaget eller trække det tilbage.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så forslaget ikke længere kan afsluttes eller trækkes tilbage.")
        : decision.IsSettled ? Refusal.Conflict("Forslaget er allerede afgjort eller trukket tilbage.")
        : null;

    public static Refusal? RefusesConclusion(Decision decision, Theme theme, ConcludeDecision command, Actor actor, DateTimeOffset now) =>
        RefusesSteward(decision, theme, actor)
        ?? (command.ReviewOn is { } review && review <= DateOnly.FromDateTime(now.UtcDateTime)
            ? Refusal.Invalid("Datoen for evaluering skal ligge efter i dag.")
            : null);

    public static DecisionConcluded Conclude(Decision decision, ConcludeDecision command, Actor actor, DateTimeOffset now) =>
        new(decision.Id, decision.ThemeId, command.Outcome!.Value, command.Rationale.Trim(), command.ReviewOn, actor.Id, now);

    public static DecisionWithdrawn Withdraw(Decision decision, WithdrawDecision command, Actor actor, DateTimeOffset now) =>
        new(decision.Id, decision.ThemeId, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), actor.Id, now);
}
