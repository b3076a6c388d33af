namespace Politikerforum.Domain.Commitments;

/// <summary>
/// What one level has promised another (or the forum), and how it went. <see cref="Promised"/> counts every
/// commitment made; it is the sum of <see cref="Open"/>, <see cref="Overdue"/>, <see cref="Delivered"/> and
/// <see cref="Withdrawn"/>. <see cref="Overdue"/> is what is late and still not delivered;
/// <see cref="DeliveredLate"/> is the part of <see cref="Delivered"/> that came after the date.
/// </summary>
public sealed record LedgerLine(Level From, Recipient To, int Promised, int Delivered, int DeliveredLate, int Overdue, int Open, int Withdrawn);

/// <summary>The cross-level ledger: one line for every pair of a level and another level or the forum.</summary>
public sealed record Ledger(IReadOnlyList<LedgerLine> Lines)
{
    public sealed record Entry(Level From, Level? To, CommitmentStatus Status, bool WasOverdue);

    /// <summary>Every pair is listed, also those with nothing promised: a zero between two levels says something too.</summary>
    public static Ledger Of(IEnumerable<Entry> commitments)
    {
        var byPair = commitments.ToLookup(c => (c.From, To: Recipients.Of(c.To)));
        return new(
            (from level in Levels.All
             from to in Recipients.All
             where to.Level() != level
             let entries = byPair[(level, to)].ToList()
             select new LedgerLine(level, to, entries.Count,
                 entries.Count(c => c.Status == CommitmentStatus.Fulfilled),
                 entries.Count(c => c.Status == CommitmentStatus.Fulfilled && c.WasOverdue),
                 entries.Count(c => c.Status == CommitmentStatus.Overdue),
                 entries.Count(c => c.Status == CommitmentStatus.Open),
                 entries.Count(c => c.Status == CommitmentStatus.Withdrawn))).ToList());
    }
}
