using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public record WithdrawDecision(
    [property: StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string? Reason) : ICommand
{
    [JsonIgnore] public Guid DecisionId { get; init; }
}

public static class WithdrawingDecisions
{
    public static Refusal? Refuses(Decision? decision, Theme? theme, Actor actor) => DecisionSteward.Refuses(decision, theme, actor);

    public static DecisionWithdrawn Decide(Decision decision, WithdrawDecision command, Actor actor, DateTimeOffset now) =>
        new(decision.Id, decision.ThemeId, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), actor.Id, now) { ItemTitle = decision.Title };
}

public static class WithdrawDecisionHandler
{
    public static Task<ItemStream<Decision>> LoadAsync(WithdrawDecision command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Decision>(command.DecisionId, ct);

    public static Outcome Handle(WithdrawDecision command, ItemStream<Decision> decision, Actor actor, TimeProvider clock) =>
        WithdrawingDecisions.Refuses(decision.Item, decision.Theme, actor)
        ?? (Outcome)decision.Append(WithdrawingDecisions.Decide(decision.Item!, command, actor, clock.GetUtcNow()));
}
