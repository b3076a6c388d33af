using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Feed;

/// <summary>
/// The one place where domain events become the public contract. A domain event that is not listed here (members,
/// organisations, staff, Chatham House attribution, webhooks) never leaves the forum; renaming a domain field changes
/// this file, not the contract.
/// </summary>
public static class PublicEvents
{
    public static PublicEvent? Of(StoredEvent e, IntegratorView v) => e.Data switch
    {
        ThemeOpened x => Theme(v, x.ThemeId, new ThemeOpenedV1(x.ThemeId, x.Title, x.Description, v.Actor(x.OpenedBy, e), x.OpenedAt)),
        ThemeUpdated x => Theme(v, x.ThemeId, new ThemeUpdatedV1(x.ThemeId, x.Title, x.Description, v.Actor(x.UpdatedBy, e), x.UpdatedAt)),
        ThemeArchived x => Theme(v, x.ThemeId, new ThemeArchivedV1(x.ThemeId, v.Actor(x.ArchivedBy, e), x.ArchivedAt)),
        ParticipantJoined x => Theme(v, x.ThemeId,
            new ParticipantJoinedV1(x.ThemeId, v.Member(x.MemberId, x.Level, x.Body), v.Actor(x.AddedBy, e), x.JoinedAt)),
        ParticipantLeft x => Theme(v, x.ThemeId, new ParticipantLeftV1(x.ThemeId, v.Member(x.MemberId), v.Actor(x.RemovedBy, e), x.LeftAt)),
        PaceSwitchRequested x => Theme(v, x.ThemeId,
            new PaceSwitchRequestedV1(x.ThemeId, x.Pace, x.Reason, x.Until, v.Member(x.RequestedBy), x.RequestedAt)),
        PaceSwitched x => Theme(v, x.ThemeId,
            new PaceSwitchedV1(x.ThemeId, x.Pace, x.Reason, x.Until, [.. x.SwitchedBy.Select(id => v.Actor(id, e))], x.SwitchedAt)),
        PaceReverted x => Theme(v, x.ThemeId, new PaceRevertedV1(x.ThemeId, x.RevertedAt)),

        PostPublished x => Post(v, x.PostId, x.ThemeId, retracted =>
            new PostPublishedV1(x.PostId, x.ThemeId, x.ThreadId, x.ReplyTo, retracted ? null : x.Text, v.Actor(x.AuthorId, e), x.PublishedAt)),
        PostEdited x => Post(v, x.PostId, x.ThemeId, retracted => new PostEditedV1(x.PostId, x.ThemeId, retracted ? null : x.Text, x.EditedAt)),
        PostRetracted x => Post(v, x.PostId, x.ThemeId, _ => new PostRetractedV1(x.PostId, x.ThemeId, x.RetractedAt)),
        // The notices say only that it happened, never why or by whom; they are how integrators learn to drop the item.
        PostHidden x => Item(v, "posts", x.PostId, x.ThemeId, new PostHiddenV1(x.PostId, x.ThemeId, x.HiddenAt)),
        PostRestored x => Item(v, "posts", x.PostId, x.ThemeId, new PostRestoredV1(x.PostId, x.ThemeId, x.RestoredAt)),

        LessonRecorded x => Lesson(v, x.LessonId, x.ThemeId, () => new LessonRecordedV1(x.LessonId, x.ThemeId, x.Title, x.Text, x.Kind, x.Tags,
            x.SourceExperimentId, x.SourceDecisionId, v.Actor(x.AuthorId, e), x.RecordedAt)),
        LessonEdited x => Lesson(v, x.LessonId, x.ThemeId, () => new LessonEditedV1(x.LessonId, x.ThemeId, x.Title, x.Text, x.Kind, x.Tags, x.EditedAt)),
        LessonEndorsed x => Lesson(v, x.LessonId, x.ThemeId, () => new LessonEndorsedV1(x.LessonId, x.ThemeId, v.Member(x.MemberId), x.EndorsedAt)),
        LessonHidden x => Lesson(v, x.LessonId, x.ThemeId, () => new LessonHiddenV1(x.LessonId, x.ThemeId, x.HiddenAt), notice: true),
        LessonRestored x => Lesson(v, x.LessonId, x.ThemeId, () => new LessonRestoredV1(x.LessonId, x.ThemeId, x.RestoredAt), notice: true),

        ExperimentProposed x => Item(v, "experiments", x.ExperimentId, x.ThemeId, new ExperimentProposedV1(x.ExperimentId, x.ThemeId, x.Title,
            x.Hypothesis, x.Bodies, x.Levels, x.PlannedEnd, v.Actor(x.ProposedBy, e), x.ProposedAt)),
        ExperimentStarted x => Item(v, "experiments", x.ExperimentId, x.ThemeId,
            new ExperimentStartedV1(x.ExperimentId, x.ThemeId, x.Title, v.Actor(x.StartedBy, e), x.StartedAt)),
        ExperimentProgressNoted x => Item(v, "experiments", x.ExperimentId, x.ThemeId,
            new ExperimentProgressNotedV1(x.ExperimentId, x.ThemeId, x.Note, v.Actor(x.NotedBy, e), x.NotedAt)),
        ExperimentConcluded x => Item(v, "experiments", x.ExperimentId, x.ThemeId,
            new ExperimentConcludedV1(x.ExperimentId, x.ThemeId, x.Title, x.Outcome, x.Summary, v.Actor(x.ConcludedBy, e), x.ConcludedAt)),
        ExperimentAbandoned x => Item(v, "experiments", x.ExperimentId, x.ThemeId,
            new ExperimentAbandonedV1(x.ExperimentId, x.ThemeId, x.Title, x.Reason, v.Actor(x.AbandonedBy, e), x.AbandonedAt)),

        DecisionProposed x => Item(v, "decisions", x.DecisionId, x.ThemeId, new DecisionProposedV1(x.DecisionId, x.ThemeId, x.Title, x.Proposal,
            x.Deadline, x.RequiredLevels, v.Actor(x.ProposedBy, e), x.ProposedAt)),
        PositionTaken x => Item(v, "decisions", x.DecisionId, x.ThemeId, new PositionTakenV1(x.DecisionId, x.ThemeId,
            v.Member(x.MemberId, x.Level, x.Body), x.Position, x.Reason, x.TakenAt)),
        DecisionClosedForPositions x => Item(v, "decisions", x.DecisionId, x.ThemeId, new DecisionClosedForPositionsV1(x.DecisionId, x.ThemeId, x.ClosedAt)),
        DecisionConcluded x => Item(v, "decisions", x.DecisionId, x.ThemeId, new DecisionConcludedV1(x.DecisionId, x.ThemeId, x.Outcome, x.Rationale,
            x.ReviewOn, v.Actor(x.ConcludedBy, e), x.ConcludedAt)),
        DecisionWithdrawn x => Item(v, "decisions", x.DecisionId, x.ThemeId,
            new DecisionWithdrawnV1(x.DecisionId, x.ThemeId, x.Reason, v.Actor(x.WithdrawnBy, e), x.WithdrawnAt)),
        DecisionReviewDue x => Item(v, "decisions", x.DecisionId, x.ThemeId, new DecisionReviewDueV1(x.DecisionId, x.ThemeId, x.ReviewOn, x.AskedAt)),

        CommitmentMade x => Item(v, "commitments", x.CommitmentId, x.ThemeId, new CommitmentMadeV1(x.CommitmentId, x.ThemeId, x.FromLevel, x.FromBody,
            x.ToLevel, x.What, x.DueOn, x.DecisionId, v.Actor(x.MadeBy, e), x.MadeAt)),
        CommitmentFulfilled x => Item(v, "commitments", x.CommitmentId, x.ThemeId,
            new CommitmentFulfilledV1(x.CommitmentId, x.ThemeId, x.Note, x.Late, v.Actor(x.FulfilledBy, e), x.FulfilledAt)),
        CommitmentWithdrawn x => Item(v, "commitments", x.CommitmentId, x.ThemeId,
            new CommitmentWithdrawnV1(x.CommitmentId, x.ThemeId, x.Reason, x.Late, v.Actor(x.WithdrawnBy, e), x.WithdrawnAt)),
        CommitmentOverdue x => Item(v, "commitments", x.CommitmentId, x.ThemeId, new CommitmentOverdueV1(x.CommitmentId, x.ThemeId, x.DueOn, x.FlaggedAt)),
        _ => null
    };

    private static PublicEvent? Theme(IntegratorView v, Guid themeId, object data) => Item(v, "themes", themeId, themeId, data);

    private static PublicEvent? Item(IntegratorView v, string collection, Guid id, Guid themeId, object data) =>
        v.SeesTheme(themeId) ? new PublicEvent(EventTypes.Of(data), $"{collection}/{id}", themeId, data) : null;

    /// <param name="data">Told whether the post is retracted: then its words are left out.</param>
    private static PublicEvent? Post(IntegratorView v, Guid postId, Guid themeId, Func<bool, object> data) =>
        v.SeesTheme(themeId) && v.Post(postId) is var shown and (ItemShown.Visible or ItemShown.Retracted)
            ? Item(v, "posts", postId, themeId, data(shown == ItemShown.Retracted))
            : null;

    /// <param name="notice">Hiding and restoring are published also while the lesson is hidden.</param>
    private static PublicEvent? Lesson(IntegratorView v, Guid lessonId, Guid themeId, Func<object> data, bool notice = false) =>
        v.SeesTheme(themeId) && v.Lesson(lessonId) is var shown && (shown == ItemShown.Visible || (notice && shown == ItemShown.Hidden))
            ? Item(v, "lessons", lessonId, themeId, data())
            : null;
}
