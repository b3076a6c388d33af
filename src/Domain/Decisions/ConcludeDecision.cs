using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;
using Wolverine;

namespace Politikerforum.Domain.Decisions;

public record ConcludeDecision(
    [property: Required(ErrorMessage = "Udfaldet skal angives (adopted eller rejected).")]
    DecisionOutcome? Outcome,
    [property: Required(ErrorMessage = "Begrundelsen skal udfyldes."), StringLength(10_000, ErrorMessage = "Begrundelsen må højst være 10.000 tegn.")]
    string Rationale,
    DateOnly? ReviewOn) : ICommand
{
    [JsonIgnore] public Guid DecisionId { get; init; }
}

public static class ConcludingDecisions
{
    public static Refusal? Refuses(Decision? decision, Theme? theme, ConcludeDecision command, Actor actor, DateTimeOffset now) =>
        DecisionSteward.Refuses(decision, theme, actor)
        ?? (command.ReviewOn is { } review && review <= DateOnly.FromDateTime(now.UtcDateTime)
            ? Refusal.Invalid("Datoen for evaluering skal ligge efter i dag.")
            : null);

    public static DecisionConcluded Decide(Decision decision, ConcludeDecision command, Actor actor, DateTimeOffset now) =>
        new(decision.Id, decision.ThemeId, command.Outcome!.Value, command.Rationale.Trim(), command.ReviewOn, actor.Id, now) { ItemTitle = decision.Title };
}

public static class ConcludeDecisionHandler
{
    public static Task<ItemStream<Decision>> LoadAsync(ConcludeDecision command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Decision>(command.DecisionId, ct);

    /// <summary>With a review date, the decision asks its participants what was learned when the date comes.</summary>
    public static (Outcome, OutgoingMessages) Handle(ConcludeDecision command, ItemStream<Decision> decision, Actor actor, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (ConcludingDecisions.Refuses(decision.Item, decision.Theme, command, actor, now) is { } refusal) return (refusal, []);
        var concluded = ConcludingDecisions.Decide(decision.Item!, command, actor, now);
        OutgoingMessages later = [];
        if (concluded.ReviewOn is { } review) later.Add(new AskForDecisionReview(concluded.DecisionId).ScheduledAt(DecisionClock.ReviewTime(review)));
        return (decision.Append(concluded), later);
    }
}
