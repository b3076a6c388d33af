namespace Politikerforum.Domain.Tests.Decisions;

/// <summary>The past events of a decision the rule tests are told with; each call is a new decision.</summary>
public static class Proposals
{
    /// <summary>The theme the decisions are proposed in: Anne (kommune) and Bo (region) take part.</summary>
    public static readonly Theme WithAnneAndBo = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));

    /// <summary>Proposed earlier, with a deadline three days from now.</summary>
    public static DecisionProposed Proposed(Guid? by = null, DateTimeOffset? deadline = null, params Level[] required) =>
        new(Guid.NewGuid(), ThemeId, "Fælles vagtplan", "Vi afprøver en fælles vagtplan på tværs af kommune og region.",
            deadline ?? Now.AddDays(3), required, by ?? Anne, Earlier);

    public static PositionTaken Took(DecisionProposed decision, Guid memberId, Position position)
    {
        var member = Registered(memberId);
        return new(decision.DecisionId, ThemeId, memberId, member.Level, member.Body, position, null, Earlier);
    }

    public static DecisionClosedForPositions ClosedForPositions(DecisionProposed decision) => new(decision.DecisionId, ThemeId, Earlier);

    public static DecisionConcluded Concluded(DecisionProposed decision, DecisionOutcome outcome = DecisionOutcome.Adopted, DateOnly? reviewOn = null) =>
        new(decision.DecisionId, ThemeId, outcome, "Flertal for.", reviewOn, decision.ProposedBy, Earlier);

    public static DecisionWithdrawn Withdrawn(DecisionProposed decision) => new(decision.DecisionId, ThemeId, null, decision.ProposedBy, Earlier);

    /// <summary>The date today, as the forum's clock counts days (UTC).</summary>
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
}
