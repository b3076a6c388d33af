using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;

namespace Politikerforum.Host.Demo;

/// <summary>
/// What makes the weekly review (<c>GET /api/review</c>) worth reading in the demo: a promise that has gone past its date
/// and a proposal whose deadline is close while two levels have not yet said anything. The quiet theme is in
/// <see cref="DemoThemes"/>.
/// </summary>
internal static class DemoReview
{
    private const string Workforce = "Fremtidens arbejdskraft", Climate = "Klimatilpasning på tværs";

    public static async Task PlayAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        await OverdueAsync(demo, cast, ct);

        var nearDeadline = await DemoWork.ProposeAsync(demo, cast, Climate, "niels", "Fælles høringssvar om EU's oversvømmelsesdirektiv",
            "Forummet sender et fælles høringssvar, der beder Kommissionen om at lade kommunernes skybrudsplaner tælle med i direktivets risikokort.",
            TimeSpan.FromDays(2), [Level.Kommune, Level.Region, Level.Folketing, Level.Europaparlamentet], ct);
        await DemoWork.PositionsAsync(demo, cast, nearDeadline, ct,
            ("niels", Position.Support, null), ("henrik", Position.Support, "Vejle har kortene klar og deler dem gerne."));
    }

    /// <summary>Promised five weeks ago for three weeks ago, not delivered, and flagged as the clock would have flagged it.</summary>
    private static async Task OverdueAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        var (member, actor) = cast.Members["louise"];
        var promisedAt = demo.Now.AddDays(-35);
        var made = Committing.Decide(Guid.CreateVersion7(), cast.Themes[Workforce], member,
            new MakeCommitment("Et overblik over, hvad ældreloven betyder for regionernes og kommunernes rekruttering", Level.Region,
                CommitmentClock.Today(demo.Now).AddDays(-21), null), promisedAt);
        await demo.ActAsync(actor, s => s.Events.StartStream<Commitment>(made.CommitmentId, made), ct, promisedAt);
        var overdue = CommitmentClock.FlagOverdue(Commitment.Create(made), made.DueAt)!;
        await demo.ActAsync(Actor.Forum, s => s.Events.Append(made.CommitmentId, overdue), ct, made.DueAt);
    }
}
