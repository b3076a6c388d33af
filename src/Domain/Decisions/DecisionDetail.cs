using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public sealed record Tally(int Support, int Object, int Abstain)
{
    public static Tally Of(IEnumerable<MemberPosition> positions)
    {
        var list = positions.ToList();
        return new(list.Count(p => p.Position == Position.Support), list.Count(p => p.Position == Position.Object),
            list.Count(p => p.Position == Position.Abstain));
    }
}

/// <summary>
/// A member's current position, with their name as the registry knows it now. An erased member's position still counts
/// for their level, but shows no body: "Tidligere medlem" beside a body would single the person out.
/// </summary>
public sealed record ShownPosition(Guid MemberId, string Name, Level Level, string? Body, Position Position, string? Reason, DateTimeOffset TakenAt);


/// <summary>
/// A decision as every door shows it, in its list and on its own: the proposal, every current position, and where it
/// stands. Every person is shown with their id and name: <see cref="ProposedBy"/> as <see cref="ShownActor"/>, a position
/// or a missing member as the member it is about (<c>memberId</c>, <c>name</c>).
/// </summary>
/// <param name="Rationale">Why it was adopted or rejected, or why it was withdrawn.</param>
/// <param name="TallyPerLevel">Every level, also those with no positions.</param>
/// <param name="MissingLevels">Required levels from which no member has taken a position yet.</param>
/// <param name="MissingMembers">Participants from the required levels who have not taken a position.</param>
public sealed record DecisionDetail(
    Guid Id, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline, IReadOnlyList<Level> RequiredLevels,
    ShownActor ProposedBy, DateTimeOffset ProposedAt, DecisionStatus Status, string? Rationale, DateOnly? ReviewOn, bool ReviewAsked,
    int Version, IReadOnlyList<ShownPosition> Positions, Tally Tally, IReadOnlyDictionary<Level, Tally> TallyPerLevel,
    IReadOnlyList<Level> MissingLevels, IReadOnlyList<ThemeParticipant> MissingMembers)
{
    /// <param name="names">Loaded for <see cref="PeopleOf"/>.</param>
    public static DecisionDetail Of(Decision decision, Theme theme, ActorNames names)
    {
        var taken = decision.Positions.Select(p => p.MemberId).ToHashSet();
        return new(
            decision.Id, decision.ThemeId, decision.Title, decision.Proposal, decision.Deadline, decision.RequiredLevels,
            names.Person(decision.ProposedBy), decision.ProposedAt, decision.Status, decision.Rationale, decision.ReviewOn, decision.ReviewAsked,
            decision.Version,
            decision.Positions.Select(p => new ShownPosition(p.MemberId, names.NameOf(p.MemberId), p.Level, names.IsErased(p.MemberId) ? null : p.Body, p.Position, p.Reason, p.TakenAt))
                .ToList(),
            Tally.Of(decision.Positions),
            Levels.All.ToDictionary(level => level, level => Tally.Of(decision.Positions.Where(p => p.Level == level))),
            decision.RequiredLevels.Where(level => decision.Positions.All(p => p.Level != level)).ToList(),
            Asked(decision, theme).Where(p => !taken.Contains(p.MemberId) && !names.IsErased(p.MemberId))
                .Select(p => new ThemeParticipant(p.MemberId, names.NameOf(p.MemberId), p.Level, p.Body, p.JoinedAt)).ToList());
    }

    /// <summary>Everyone the view names: who proposed it, who took a position, and who is asked for one.</summary>
    public static IEnumerable<Guid> PeopleOf(Decision decision, Theme theme) =>
        [decision.ProposedBy, .. decision.Positions.Select(p => p.MemberId), .. Asked(decision, theme).Select(p => p.MemberId)];

    /// <summary>The participants whose positions the decision asks for.</summary>
    public static IEnumerable<Participant> Asked(Decision decision, Theme theme) =>
        theme.Participants.Where(p => decision.RequiredLevels.Contains(p.Level));
}
