namespace Politikerforum.Domain.Decisions;

/// <summary>A member's current position, as the decision list shows it.</summary>
public sealed record PositionSummary(Guid MemberId, Level Level, string Body, Position Position, string? Reason, DateTimeOffset TakenAt);

/// <summary>A decision as the decision list shows it: what was proposed, the positions taken, and where it stands.</summary>
/// <param name="Rationale">Why it was adopted or rejected, or why it was withdrawn.</param>
public sealed record DecisionSummary(
    Guid Id, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline, IReadOnlyList<Level> RequiredLevels,
    Guid ProposedBy, DateTimeOffset ProposedAt, DecisionStatus Status, IReadOnlyList<PositionSummary> Positions,
    string? Rationale, DateOnly? ReviewOn, bool ReviewAsked, int Version)
{
    public static DecisionSummary Of(Decision d) =>
        new(d.Id, d.ThemeId, d.Title, d.Proposal, d.Deadline, d.RequiredLevels, d.ProposedBy, d.ProposedAt, d.Status,
            [.. d.Positions.Select(p => new PositionSummary(p.MemberId, p.Level, p.Body, p.Position, p.Reason, p.TakenAt))],
            d.Rationale, d.ReviewOn, d.ReviewAsked, d.Version);
}
