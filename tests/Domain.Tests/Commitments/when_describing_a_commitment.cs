using Politikerforum.Domain.Commitments;
using static Politikerforum.Domain.Tests.Commitments.CommitmentStory;

namespace Politikerforum.Domain.Tests.Commitments;

public class when_describing_a_commitment
{
    private static readonly CommitmentMade ByAnne = Made();

    [Fact]
    public void making_one_names_the_body_the_recipient_what_and_the_date()
    {
        Assert.Equal(new Described(ThemeId, "commitment.made",
                "Gav på vegne af Aarhus Kommune tilsagn til regionerne om »Data om ventelister« senest 15. marts 2025", ItemId: ByAnne.CommitmentId),
            TimelineDescriptions.Describe(ByAnne));
        Assert.EndsWith("tilsagn til forummet om »Data om ventelister« senest 15. marts 2025",
            TimelineDescriptions.Describe(ByAnne with { ToLevel = null })!.Summary);
    }

    [Fact]
    public void settling_quotes_the_note_or_reason_and_says_when_it_came_late()
    {
        Assert.Equal("Indfriede et tilsagn: »Sendt«", TimelineDescriptions.Describe(Fulfilled(ByAnne))!.Summary);
        Assert.Equal("Indfriede et tilsagn efter fristen: »Sendt«", TimelineDescriptions.Describe(Fulfilled(ByAnne) with { Late = true })!.Summary);
        Assert.Equal("Trak et tilsagn tilbage: »Udsat«", TimelineDescriptions.Describe(Withdrawn(ByAnne))!.Summary);
    }

    [Fact]
    public void the_overdue_flag_gives_the_date() =>
        Assert.Equal(new Described(ThemeId, "commitment.overdue", "Et tilsagn med frist 15. marts 2025 er ikke indfriet", ItemId: ByAnne.CommitmentId),
            TimelineDescriptions.Describe(Overdue(ByAnne)));
}
