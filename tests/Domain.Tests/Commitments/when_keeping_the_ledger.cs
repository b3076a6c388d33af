using Politikerforum.Domain.Commitments;
using static Politikerforum.Domain.Commitments.CommitmentStatus;

namespace Politikerforum.Domain.Tests.Commitments;

public class when_keeping_the_ledger
{
    private static Ledger.Entry From(Level from, Level? to, CommitmentStatus status, bool wasOverdue = false) => new(from, to, status, wasOverdue);

    [Fact]
    public void every_pair_of_a_level_and_another_level_or_the_forum_has_a_line()
    {
        var lines = Ledger.Of([]).Lines;

        Assert.Equal(16, lines.Count);
        Assert.DoesNotContain(lines, l => l.To.Level() == l.From);
        Assert.All(lines, l => Assert.Equal(0, l.Promised));
        Assert.Contains(lines, l => l is { From: Level.Europaparlamentet, To: Recipient.Forum });
    }

    [Fact]
    public void each_line_counts_what_was_promised_and_how_it_went()
    {
        var ledger = Ledger.Of(
        [
            From(Level.Kommune, Level.Region, Open), From(Level.Kommune, Level.Region, Overdue, true),
            From(Level.Kommune, Level.Region, Fulfilled), From(Level.Kommune, Level.Region, Fulfilled, true),
            From(Level.Kommune, Level.Region, Withdrawn, true),
            From(Level.Kommune, null, Open), From(Level.Folketing, Level.Kommune, Fulfilled)
        ]);

        Assert.Equal(new LedgerLine(Level.Kommune, Recipient.Region, 5, 2, 1, 1, 1, 1), Line(ledger, Level.Kommune, Recipient.Region));
        Assert.Equal(new LedgerLine(Level.Kommune, Recipient.Forum, 1, 0, 0, 0, 1, 0), Line(ledger, Level.Kommune, Recipient.Forum));
        Assert.Equal(new LedgerLine(Level.Folketing, Recipient.Kommune, 1, 1, 0, 0, 0, 0), Line(ledger, Level.Folketing, Recipient.Kommune));
        Assert.Equal(0, Line(ledger, Level.Region, Recipient.Kommune).Promised);
    }

    private static LedgerLine Line(Ledger ledger, Level from, Recipient to) => ledger.Lines.Single(l => l.From == from && l.To == to);
}
