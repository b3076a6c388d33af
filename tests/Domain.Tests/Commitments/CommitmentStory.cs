using Politikerforum.Domain.Commitments;

namespace Politikerforum.Domain.Tests.Commitments;

/// <summary>Anne (Aarhus Kommune) promises Region Midtjylland something by tomorrow; the stories fold from there.</summary>
public static class CommitmentStory
{
    public static readonly DateOnly Tomorrow = DateOnly.FromDateTime(Now.Date).AddDays(1);

    /// <summary>Midnight at the end of tomorrow in Copenhagen (winter time, UTC+1).</summary>
    public static readonly DateTimeOffset DueAt = new(Tomorrow.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(1));

    public static readonly Theme WithAnneAndBo = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));
    public static readonly Member AnneInTheRegistry = Given.Member(Registered(Anne));

    public static CommitmentMade Made(Guid? madeBy = null) => new(
        Guid.NewGuid(), ThemeId, Level.Kommune, "Aarhus Kommune", Level.Region, "Data om ventelister", Tomorrow, DueAt.ToUniversalTime(),
        null, madeBy ?? Anne, Earlier);

    public static CommitmentOverdue Overdue(CommitmentMade made) => new(made.CommitmentId, ThemeId, made.DueOn, DueAt);

    public static CommitmentFulfilled Fulfilled(CommitmentMade made) => new(made.CommitmentId, ThemeId, "Sendt", false, Anne, Now);

    public static CommitmentWithdrawn Withdrawn(CommitmentMade made) => new(made.CommitmentId, ThemeId, "Udsat", false, Anne, Now);

    /// <summary>Folds a commitment's events as Marten's inline snapshot does, version included.</summary>
    public static Commitment GivenCommitment(params object[] events)
    {
        var commitment = Commitment.Create((CommitmentMade)events[0]);
        foreach (var e in events.Skip(1))
            commitment = e switch
            {
                CommitmentOverdue overdue => Commitment.Apply(overdue, commitment),
                CommitmentFulfilled fulfilled => Commitment.Apply(fulfilled, commitment),
                CommitmentWithdrawn withdrawn => Commitment.Apply(withdrawn, commitment),
                _ => throw new ArgumentException($"{e.GetType().Name} does not belong to a commitment.")
            };
        return commitment with { Version = events.Length };
    }
}
