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
                "Gav på vegne af Aarhus Kommune tilsagn til regionerne om »Data om ventelister« senest den 15. marts 2025", ItemId: ByAnne.CommitmentId),
            TimelineDescriptions.Describe(ByAnne));
        Assert.EndsWith("tilsagn til forummet om »Data om ventelister« senest den 15. marts 2025",
            TimelineDescriptions.Describe(ByAnne with { ToLevel = null })!.Summary);
    }

    private const string What = "Data om ventelister";

    [Fact]
    public void settling_names_what_was_promised_quotes_the_note_or_reason_and_says_when_it_came_late()
    {
        Assert.Equal("Indfriede tilsagnet om »Data om ventelister«: »Sendt«", TimelineDescriptions.Describe(Fulfilled(ByAnne), What)!.Summary);
        Assert.Equal("Indfriede tilsagnet om »Data om ventelister« efter fristen: »Sendt«",
            TimelineDescriptions.Describe(Fulfilled(ByAnne) with { Late = true }, What)!.Summary);
        Assert.Equal("Trak tilsagnet om »Data om ventelister« tilbage med begrundelsen »Udsat«", TimelineDescriptions.Describe(Withdrawn(ByAnne), What)!.Summary);
    }

    [Fact]
    public void without_what_was_promised_it_is_a_commitment() =>
        Assert.Equal("Indfriede et tilsagn: »Sendt«", TimelineDescriptions.Describe(Fulfilled(ByAnne))!.Summary);

    [Fact]
    public void the_overdue_flag_names_it_and_gives_the_date()
    {
        Assert.Equal(new Described(ThemeId, "commitment.overdue", "Tilsagnet om »Data om ventelister« med frist den 15. marts 2025 er ikke indfriet", ItemId: ByAnne.CommitmentId),
            TimelineDescriptions.Describe(Overdue(ByAnne), What));
        Assert.Equal("Et tilsagn med frist den 15. marts 2025 er ikke indfriet", TimelineDescriptions.Describe(Overdue(ByAnne))!.Summary);
    }

    [Fact]
    public void the_name_is_what_its_first_event_promised() =>
        Assert.Equal((ByAnne.CommitmentId, What), (ItemTitles.StreamOf(Overdue(ByAnne)), ItemTitles.In(ByAnne)));
}
