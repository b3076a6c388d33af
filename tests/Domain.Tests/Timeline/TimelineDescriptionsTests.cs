using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Tests.Lessons;
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
        Assert.Equal(new Described(ThemeId, "theme.participant-joined", "Meldte sig til temaet", Anne), TimelineDescriptions.Describe(Joined(Anne)));
        Assert.Equal(new Described(ThemeId, "theme.participant-left", "Meldte sig ud af temaet", Anne), TimelineDescriptions.Describe(Left(Anne)));
    }

    [Fact]
    public void a_member_added_or_taken_out_by_someone_else_is_named_by_the_placeholder()
    {
        Assert.Equal(new Described(ThemeId, "theme.participant-joined", "Tilføjede {deltager} som deltager", Anne),
            TimelineDescriptions.Describe(Joined(Anne) with { AddedBy = Secretariat.Id }));
        Assert.Equal(new Described(ThemeId, "theme.participant-left", "Fjernede {deltager} som deltager", Anne),
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

    [Fact]
    public void once_a_post_is_retracted_the_entries_that_quoted_it_say_only_what_happened()
    {
        Assert.Equal(["post.published", "post.edited"], TimelineDescriptions.QuotingPost);
        Assert.Equal("Skrev et indlæg, som siden er trukket tilbage", TimelineDescriptions.Retracted("post.published"));
        Assert.Equal("Rettede et indlæg, som siden er trukket tilbage", TimelineDescriptions.Retracted("post.edited"));
    }

    private static readonly Guid DecisionId = Guid.NewGuid();
    private static readonly Guid ExperimentId = Guid.NewGuid();

    [Fact]
    public void an_experiment_is_named_through_its_life_and_its_conclusion_invites_lessons()
    {
        Assert.Equal(new Described(ThemeId, "experiment.proposed", "Foreslog eksperimentet »Firedages uge«", ItemId: ExperimentId),
            TimelineDescriptions.Describe(new ExperimentProposed(ExperimentId, ThemeId, "Firedages uge", "H", [], [], new DateOnly(2026, 1, 1), Anne, Now)));
        Assert.Equal(new Described(ThemeId, "experiment.started", "Satte eksperimentet »Firedages uge« i gang", ItemId: ExperimentId),
            TimelineDescriptions.Describe(new ExperimentStarted(ExperimentId, ThemeId, "Firedages uge", Anne, Now)));
        Assert.Equal(new Described(ThemeId, "experiment.progress-noted", "Noterede fremskridt i eksperimentet »Firedages uge«: »Vagterne holder«", ItemId: ExperimentId),
            TimelineDescriptions.Describe(new ExperimentProgressNoted(ExperimentId, ThemeId, "Vagterne holder", Anne, Now), "Firedages uge"));
        Assert.Equal("Noterede fremskridt i et eksperiment: »Vagterne holder«",
            TimelineDescriptions.Describe(new ExperimentProgressNoted(ExperimentId, ThemeId, "Vagterne holder", Anne, Now))!.Summary);
        Assert.Equal(new Described(ThemeId, "experiment.abandoned", "Opgav eksperimentet »Firedages uge« med begrundelsen »Ingen penge«", ItemId: ExperimentId),
            TimelineDescriptions.Describe(new ExperimentAbandoned(ExperimentId, ThemeId, "Firedages uge", "Ingen penge", Anne, Now)));
    }

    [Theory]
    [InlineData(ExperimentOutcome.Succeeded, "lykkedes")]
    [InlineData(ExperimentOutcome.Mixed, "fik et blandet udfald")]
    [InlineData(ExperimentOutcome.Failed, "gik skævt")]
    public void a_concluded_experiment_tells_its_outcome_and_asks_for_lessons(ExperimentOutcome outcome, string said) =>
        Assert.Equal(new Described(ThemeId, "experiment.concluded", $"Afsluttede eksperimentet »Firedages uge«, som {said}. Del gerne jeres erfaringer.", ItemId: ExperimentId),
            TimelineDescriptions.Describe(new ExperimentConcluded(ExperimentId, ThemeId, "Firedages uge", outcome, "S", Anne, Now)));

    [Fact]
    public void a_decision_is_described_with_its_deadline_in_danish_time_and_each_position_names_the_proposal()
    {
        Assert.Equal(new Described(ThemeId, "decision.proposed", "Stillede forslaget »Fælles vagtplan« med frist den 17. marts 2025 kl. 09.30", ItemId: DecisionId),
            TimelineDescriptions.Describe(new DecisionProposed(DecisionId, ThemeId, "Fælles vagtplan", "P", Now.AddDays(3).ToUniversalTime(), [], Anne, Now)));
        Assert.Equal(["Støttede forslaget »Fælles vagtplan«", "Var imod forslaget »Fælles vagtplan«", "Undlod at stemme om forslaget »Fælles vagtplan«"],
            Enum.GetValues<Position>().Select(position => TimelineDescriptions.Describe(
                new PositionTaken(DecisionId, ThemeId, Anne, Level.Kommune, "Aarhus Kommune", position, null, Now), "Fælles vagtplan")!.Summary));
        Assert.Equal("Støttede et forslag", TimelineDescriptions.Describe(
            new PositionTaken(DecisionId, ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Position.Support, null, Now))!.Summary);
    }

    [Fact]
    public void a_concluded_decision_quotes_the_proposal_not_the_rationale_and_a_due_review_asks_what_was_learned()
    {
        Assert.Equal("Forkastede forslaget »Fælles vagtplan«", TimelineDescriptions.Describe(
            new DecisionConcluded(DecisionId, ThemeId, DecisionOutcome.Rejected, "For dyrt", null, Anne, Now), "Fælles vagtplan")!.Summary);
        Assert.Equal("Vedtog forslaget »Fælles vagtplan«", TimelineDescriptions.Describe(
            new DecisionConcluded(DecisionId, ThemeId, DecisionOutcome.Adopted, "Alle støtter", null, Anne, Now), "Fælles vagtplan")!.Summary);
        Assert.Equal("Trak forslaget »Fælles vagtplan« tilbage med begrundelsen »Udsat«", TimelineDescriptions.Describe(
            new DecisionWithdrawn(DecisionId, ThemeId, "Udsat", Anne, Now), "Fælles vagtplan")!.Summary);
        Assert.Equal(new Described(ThemeId, "decision.review-due",
                "Beslutningen om forslaget »Fælles vagtplan« skal nu evalueres: Hvad har I lært? Del jeres erfaringer.", ItemId: DecisionId),
            TimelineDescriptions.Describe(new DecisionReviewDue(DecisionId, ThemeId, new DateOnly(2025, 6, 1), Now), "Fælles vagtplan"));
    }

    [Fact]
    public void the_events_that_do_not_carry_their_proposals_title_find_it_in_the_proposals_first_event()
    {
        var proposed = new DecisionProposed(DecisionId, ThemeId, "Fælles vagtplan", "P", Now.AddDays(3), [], Anne, Now);
        object[] needing =
        [
            new PositionTaken(DecisionId, ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Position.Support, null, Now),
            new DecisionClosedForPositions(DecisionId, ThemeId, Now), new DecisionConcluded(DecisionId, ThemeId, DecisionOutcome.Adopted, "R", null, Anne, Now),
            new DecisionWithdrawn(DecisionId, ThemeId, null, Anne, Now), new DecisionReviewDue(DecisionId, ThemeId, new DateOnly(2025, 6, 1), Now)
        ];
        Assert.All(needing, e => Assert.Equal(DecisionId, ItemTitles.StreamOf(e)));
        Assert.Equal("Fælles vagtplan", ItemTitles.In(proposed));
        Assert.Null(ItemTitles.StreamOf(proposed));
    }
    private static readonly Guid CommitmentId = Guid.NewGuid();

    [Fact]
    public async Task the_events_that_name_their_item_only_by_id_carry_its_title_and_need_no_look_up()
    {
        const string title = "Fælles vagtplan";
        INamesItsItem[] carrying =
        [
            new PositionTaken(DecisionId, ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Position.Support, null, Now) { ItemTitle = title },
            new DecisionClosedForPositions(DecisionId, ThemeId, Now) { ItemTitle = title },
            new DecisionConcluded(DecisionId, ThemeId, DecisionOutcome.Adopted, "R", null, Anne, Now) { ItemTitle = title },
            new DecisionWithdrawn(DecisionId, ThemeId, null, Anne, Now) { ItemTitle = title },
            new DecisionReviewDue(DecisionId, ThemeId, DateOnly.FromDateTime(Now.Date), Now) { ItemTitle = title },
            new ExperimentProgressNoted(ExperimentId, ThemeId, "N", Anne, Now) { ItemTitle = title },
            new CommitmentFulfilled(CommitmentId, ThemeId, "N", false, Anne, Now) { ItemTitle = title },
            new CommitmentWithdrawn(CommitmentId, ThemeId, "R", false, Anne, Now) { ItemTitle = title },
            new CommitmentOverdue(CommitmentId, ThemeId, DateOnly.FromDateTime(Now.Date), Now) { ItemTitle = title }
        ];

        // Every event that would otherwise be looked up can carry its title.
        Assert.All(carrying, e => Assert.NotNull(ItemTitles.StreamOf(e)));
        // No session: a carried title is used as it is, and the event store is not asked.
        foreach (var e in carrying) Assert.Equal(title, await ItemTitles.LoadAsync(null!, e, CancellationToken.None));
        Assert.Contains("»Fælles vagtplan«", TimelineDescriptions.Describe(carrying[0], title)!.Summary);
    }


    [Fact]
    public void every_type_described_is_a_known_type()
    {
        object[] events =
        [
            Opened(Visibility.Public), new ThemeUpdated(ThemeId, "T", "D", Visibility.Public, Anne, Now), Archived(),
            Joined(Anne), Left(Anne),
            new PaceSwitchRequested(ThemeId, Pace.Urgent, "R", Now.AddDays(1), Anne, Level.Kommune, Now),
            new PaceSwitched(ThemeId, Pace.Urgent, "R", Now.AddDays(1), [Anne, Bo], Now), new PaceReverted(ThemeId, Now),
            new TeamsChannelLinked(ThemeId, "team", "19:a@thread.tacv2", Secretariat.Id, Now), new TeamsChannelUnlinked(ThemeId, "team", "19:a@thread.tacv2", Secretariat.Id, Now),
            new UrgentMeetingsChosen(ThemeId, true, Secretariat.Id, Now),
            new UrgentMeetingScheduled(ThemeId, "AAMkAG", "https://teams.microsoft.com/l/meetup-join/x", Now.AddHours(1), Now.AddHours(2), Now, Now),
            new UrgentMeetingCancelled(ThemeId, "AAMkAG", Now.AddHours(1), Now, Now),
            Root, new PostEdited(Root.PostId, ThemeId, "T", Anne, Now), Retracted(Root),
            new PostHidden(Root.PostId, ThemeId, "R", Secretariat.Id, Now), new PostRestored(Root.PostId, ThemeId, Secretariat.Id, Now),
            new DecisionProposed(DecisionId, ThemeId, "F", "P", Now.AddDays(3), [], Anne, Now),
            new PositionTaken(DecisionId, ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Position.Support, null, Now),
            new DecisionClosedForPositions(DecisionId, ThemeId, Now),
            new DecisionConcluded(DecisionId, ThemeId, DecisionOutcome.Adopted, "R", null, Anne, Now),
            new DecisionWithdrawn(DecisionId, ThemeId, null, Anne, Now),
            new DecisionReviewDue(DecisionId, ThemeId, DateOnly.FromDateTime(Now.Date), Now),
            new ExperimentProposed(ExperimentId, ThemeId, "E", "H", ["Odense Kommune"], [Level.Kommune], new DateOnly(2026, 1, 1), Anne, Now),
            new ExperimentStarted(ExperimentId, ThemeId, "E", Anne, Now),
            new ExperimentProgressNoted(ExperimentId, ThemeId, "N", Anne, Now),
            new ExperimentConcluded(ExperimentId, ThemeId, "E", ExperimentOutcome.Succeeded, "S", Anne, Now),
            new ExperimentAbandoned(ExperimentId, ThemeId, "E", "R", Anne, Now),
            LessonStories.Recorded(), LessonStories.Edited(), LessonStories.EndorsedBy(Bo), LessonStories.Attributed(),
            new LessonHidden(LessonStories.LessonId, ThemeId, "R", Secretariat.Id, Now),
            new LessonRestored(LessonStories.LessonId, ThemeId, Secretariat.Id, Now),
            new CommitmentMade(CommitmentId, ThemeId, Level.Kommune, "Aarhus Kommune", Level.Region, "Data", DateOnly.FromDateTime(Now.Date),
                Now, null, Anne, Now),
            new CommitmentFulfilled(CommitmentId, ThemeId, "N", false, Anne, Now),
            new CommitmentWithdrawn(CommitmentId, ThemeId, "R", false, Anne, Now),
            new CommitmentOverdue(CommitmentId, ThemeId, DateOnly.FromDateTime(Now.Date), Now)
        ];

        // Every event type has exactly one name, and every name is one an event has.
        Assert.Equal(TimelineDescriptions.Types.Order(), events.Select(e => TimelineDescriptions.Describe(e)!.Type).Order());
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

public class when_a_summary_names_its_subject
{
    [Fact]
    public void a_member_is_named_where_the_placeholder_stands() =>
        Assert.Equal("Fjernede Anne Berg som deltager",
            TimelineDescriptions.WithSubject($"Fjernede {TimelineDescriptions.SubjectPlaceholder} som deltager", "Anne Berg"));

    [Fact]
    public void an_erased_member_inside_a_sentence_is_et_tidligere_medlem() =>
        Assert.Equal("Registrerede et tidligere medlem som medlem",
            TimelineDescriptions.WithSubject($"Registrerede {TimelineDescriptions.SubjectPlaceholder} som medlem", Erasing.FormerMember));

    [Fact]
    public void an_erased_member_opening_a_sentence_keeps_the_capital() =>
        Assert.Equal("Tidligere medlem meldte sig til",
            TimelineDescriptions.WithSubject($"{TimelineDescriptions.SubjectPlaceholder} meldte sig til", Erasing.FormerMember));
}
