using System.ComponentModel;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("decision.proposed", 1), Description("A proposal members take positions on until its deadline.")]
public sealed record DecisionProposedV1(
    Guid DecisionId, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline,
    [property: Description("The levels whose members are asked to take a position.")] IReadOnlyList<Level> RequiredLevels,
    Person ProposedBy, DateTimeOffset ProposedAt);

[IntegrationEvent("decision.position-taken", 1), Description("A member's position; a later one from the same member replaces it.")]
public sealed record PositionTakenV1(Guid DecisionId, Guid ThemeId, Person Member, Position Position, string? Reason, DateTimeOffset TakenAt);

[IntegrationEvent("decision.closed-for-positions", 1), Description("The deadline passed: no more positions.")]
public sealed record DecisionClosedForPositionsV1(Guid DecisionId, Guid ThemeId, DateTimeOffset ClosedAt);

[IntegrationEvent("decision.concluded", 1), Description("The decision was adopted or rejected.")]
public sealed record DecisionConcludedV1(
    Guid DecisionId, Guid ThemeId, DecisionOutcome Outcome, string Rationale,
    [property: Description("When the forum will ask what was learned from it.")] DateOnly? ReviewOn,
    Person ConcludedBy, DateTimeOffset ConcludedAt);

[IntegrationEvent("decision.withdrawn", 1), Description("The proposal was withdrawn.")]
public sealed record DecisionWithdrawnV1(Guid DecisionId, Guid ThemeId, string? Reason, Person WithdrawnBy, DateTimeOffset WithdrawnAt);

[IntegrationEvent("decision.review-due", 1), Description("The review date came: the forum asks what was learned.")]
public sealed record DecisionReviewDueV1(Guid DecisionId, Guid ThemeId, DateOnly ReviewOn, DateTimeOffset AskedAt);
