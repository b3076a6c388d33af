using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
namespace Politikerforum.Domain.Tests.Timeline;

public class when_describing_a_theme_event
{
    private static readonly PostPublished Root = Published(Anne);

    [Fact]
    public void opening_and_updating_quote_the_title()
    {
        Assert.Equal(new Described(ThemeId, "theme.opened", "Åbnede temaet »Klimatilpasning«"),
            TimelineDescriptions.Describe(Opened(Visibility.Public)));
        Assert.Equal(new Described(ThemeId, "theme.updated", "Opdaterede temaet »Kystsikring«"),
            TimelineDescriptions.Describe(new ThemeUpdated(ThemeId, "Kystsikring", "Diger", Visibility.Public, Anne, Now)));
    }

    [Fact]
    public void archiving_says_so() =>
        Assert.Equal(new Described(ThemeId, "theme.archived", "Arkiverede temaet"), TimelineDescriptions.Describe(Archived()));

    [Fact]
    public void a_member_who_comes_or_goes_by_themself_is_the_subject()
    {
        Assert.Equal(new Described(ThemeId, "theme.participant-joined", "Kom med i temaet", Anne), TimelineDescriptions.Describe(Joined(Anne)));
        Assert.Equal(new Described(ThemeId, "theme.participant-left", "Forlod temaet", Anne), TimelineDescriptions.Describe(Left(Anne)));
    }

    [Fact]
    public void a_member_added_or_taken_out_by_someone_else_is_named_by_the_placeholder()
    {
        Assert.Equal(new Described(ThemeId, "theme.participant-joined", "Tilføjede {deltager} som deltager", Anne),
            TimelineDescriptions.Describe(Joined(Anne) with { AddedBy = Secretariat.Id }));
        Assert.Equal(new Described(ThemeId, "theme.participant-left", "Tog {deltager} ud af temaet", Anne),
            TimelineDescriptions.Describe(Left(Anne) with { RemovedBy = Secretariat.Id }));
    }

    [Fact]
    public void a_first_post_starts_a_thread_and_a_reply_answers_in_one()
    {
        var reply = Published(Bo, Root);

        Assert.Equal(new Described(ThemeId, "post.published", "Startede en tråd: »Vi bør dele udgiften.«", ItemId: Root.PostId),
            TimelineDescriptions.Describe(Root));
        Assert.Equal(new Described(ThemeId, "post.published", "Svarede i en tråd: »Vi bør dele udgiften.«", ItemId: reply.PostId),
            TimelineDescriptions.Describe(reply));
    }

    [Fact]
    public void editing_quotes_the_new_text_and_retracting_does_not()
    {
        Assert.Equal(new Described(ThemeId, "post.edited", "Rettede et indlæg: »Ny tekst«", ItemId: Root.PostId),
            TimelineDescriptions.Describe(new PostEdited(Root.PostId, ThemeId, "Ny tekst", Anne, Now)));
        Assert.Equal(new Described(ThemeId, "post.retracted", "Trak et indlæg tilbage", ItemId: Root.PostId),
            TimelineDescriptions.Describe(Retracted(Root)));
    }

    private static readonly Guid DecisionId = Guid.NewGuid();
    private static readonly Guid CommitmentId = Guid.NewGuid();

    [Fact]
    public void every_type_described_is_a_known_type()
    {
        object[] events =
        [
            Opened(Visibility.Public), new ThemeUpdated(ThemeId, "T", "D", Visibility.Public, Anne, Now), Archived(),
            Joined(Anne), Left(Anne), Root, new PostEdited(Root.PostId, ThemeId, "T", Anne, Now), Retracted(Root),
            new DecisionProposed(DecisionId, ThemeId, "F", "P", Now.AddDays(3), [], Anne, Now),
            new PositionTaken(DecisionId, ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Position.Support, null, Now),
            new DecisionClosedForPositions(DecisionId, ThemeId, Now),
            new DecisionConcluded(DecisionId, ThemeId, DecisionOutcome.Adopted, "R", null, Anne, Now),
            new DecisionWithdrawn(DecisionId, ThemeId, null, Anne, Now),
            new DecisionReviewDue(DecisionId, ThemeId, DateOnly.FromDateTime(Now.Date), Now),
            new CommitmentMade(CommitmentId, ThemeId, Level.Kommune, "Aarhus Kommune", Level.Region, "Data", DateOnly.FromDateTime(Now.Date),
                Now, null, Anne, Now),
            new CommitmentFulfilled(CommitmentId, ThemeId, "N", false, Anne, Now),
            new CommitmentWithdrawn(CommitmentId, ThemeId, "R", false, Anne, Now),
            new CommitmentOverdue(CommitmentId, ThemeId, DateOnly.FromDateTime(Now.Date), Now)
        ];

        Assert.Equal(TimelineDescriptions.Types, events.Select(e => TimelineDescriptions.Describe(e)!.Type));
    }

    [Fact]
    public void an_event_outside_any_theme_is_not_described() =>
        Assert.Null(TimelineDescriptions.Describe(Registered(Anne)));
}

public class when_quoting_text_in_the_timeline
{
    private static string Quoted(string text) =>
        TimelineDescriptions.Describe(new PostEdited(Guid.NewGuid(), Guid.NewGuid(), text, Anne, Now))!.Summary["Rettede et indlæg: ".Length..];

    [Fact]
    public void line_breaks_and_runs_of_spaces_become_single_spaces() =>
        Assert.Equal("»Første linje anden linje«", Quoted("Første linje\n\n  anden\tlinje "));

    [Fact]
    public void text_of_eighty_characters_is_quoted_whole() =>
        Assert.Equal($"»{new string('a', 80)}«", Quoted(new string('a', 80)));

    [Fact]
    public void longer_text_is_cut_to_eighty_characters_ending_in_an_ellipsis() =>
        Assert.Equal($"»{new string('a', 79)}…«", Quoted(new string('a', 81)));

    [Fact]
    public void an_emoji_at_the_cut_is_left_out_whole_rather_than_halved() =>
        Assert.Equal($"»{new string('a', 78)}…«", Quoted(new string('a', 78) + "😀 og lidt mere"));
}
