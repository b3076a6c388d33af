using Politikerforum.Domain.Experiments;
using ExperimentState = Politikerforum.Domain.Experiments.Experiment;
using DecisionState = Politikerforum.Domain.Decisions.Decision;
using Politikerforum.Domain.Lessons;
using LessonState = Politikerforum.Domain.Lessons.Lesson;
using LessonViewState = Politikerforum.Domain.Lessons.LessonView;
using MemberState = Politikerforum.Domain.Members.Member;
using OrganisationState = Politikerforum.Domain.Organisations.Organisation;
using PostState = Politikerforum.Domain.Posts.Post;
using StaffMemberState = Politikerforum.Domain.Organisations.StaffMember;
using ThemeState = Politikerforum.Domain.Themes.Theme;

namespace Politikerforum.Domain.Tests;

/// <summary>
/// Folds a stream's events into its write state through the state's own <c>Create</c>/<c>Apply</c>,
/// as Marten's inline snapshots do. Marten also sets <c>Version</c> to the stream version by
/// convention, which the Apply methods leave alone, so the fold does that too.
/// </summary>
public static class Given
{
    public static MemberState Member(params object[] events) => Fold<MemberState>(events) with { Version = events.Length };
    public static ThemeState Theme(params object[] events) => Fold<ThemeState>(events) with { Version = events.Length };
    public static PostState Post(params object[] events) => Fold<PostState>(events) with { Version = events.Length };
    public static ExperimentState Experiment(params object[] events) => Fold<ExperimentState>(events) with { Version = events.Length };
    public static DecisionState Decision(params object[] events) => Fold<DecisionState>(events) with { Version = events.Length };
    public static LessonState Lesson(params object[] events) => Fold<LessonState>(events) with { Version = events.Length };
    public static LessonViewState LessonView(params object[] events) => Fold<LessonViewState>(events) with { Version = events.Length };
    public static OrganisationState Organisation(OrganisationRegistered registered) => Fold<OrganisationState>([registered]);
    public static StaffMemberState StaffMember(StaffMemberRegistered registered) => Fold<StaffMemberState>([registered]);

    private static T Fold<T>(object[] events) => (T)events.Aggregate<object, object?>(null, Apply<T>)!;

    /// <typeparam name="T">The state folded: a lesson's stream folds into both its write state and its view.</typeparam>
    private static object Apply<T>(object? state, object next) => (state, next) switch
    {
        (null, MemberRegistered e) => MemberState.Create(e),
        (MemberState m, MemberProfileUpdated e) => MemberState.Apply(e, m),
        (MemberState m, MemberLeftForum e) => MemberState.Apply(e, m),
        (null, ThemeOpened e) => ThemeState.Create(e),
        (ThemeState t, ThemeUpdated e) => ThemeState.Apply(e, t),
        (ThemeState t, ThemeArchived e) => ThemeState.Apply(e, t),
        (ThemeState t, ParticipantJoined e) => ThemeState.Apply(e, t),
        (ThemeState t, ParticipantLeft e) => ThemeState.Apply(e, t),
        (ThemeState t, PaceSwitchRequested e) => ThemeState.Apply(e, t),
        (ThemeState t, PaceSwitched e) => ThemeState.Apply(e, t),
        (ThemeState t, PaceReverted e) => ThemeState.Apply(e, t),
        (null, PostPublished e) => PostState.Create(e),
        (PostState p, PostEdited e) => PostState.Apply(e, p),
        (PostState p, PostRetracted e) => PostState.Apply(e, p),
        (PostState p, PostHidden e) => PostState.Apply(e, p),
        (PostState p, PostRestored e) => PostState.Apply(e, p),
        (null, ExperimentProposed e) => ExperimentState.Create(e),
        (ExperimentState x, ExperimentStarted e) => ExperimentState.Apply(e, x),
        (ExperimentState x, ExperimentProgressNoted e) => ExperimentState.Apply(e, x),
        (ExperimentState x, ExperimentConcluded e) => ExperimentState.Apply(e, x),
        (ExperimentState x, ExperimentAbandoned e) => ExperimentState.Apply(e, x),
        (null, DecisionProposed e) => DecisionState.Create(e),
        (DecisionState d, PositionTaken e) => DecisionState.Apply(e, d),
        (DecisionState d, DecisionClosedForPositions e) => DecisionState.Apply(e, d),
        (DecisionState d, DecisionConcluded e) => DecisionState.Apply(e, d),
        (DecisionState d, DecisionWithdrawn e) => DecisionState.Apply(e, d),
        (DecisionState d, DecisionReviewDue e) => DecisionState.Apply(e, d),
        (null, LessonRecorded e) when typeof(T) == typeof(LessonViewState) => LessonViewProjection.Create(e),
        (null, LessonRecorded e) => LessonState.Create(e),
        (LessonState l, LessonEdited e) => LessonState.Apply(e, l),
        (LessonState l, LessonEndorsed e) => LessonState.Apply(e, l),
        (LessonState l, LessonAttributed e) => LessonState.Apply(e, l),
        (LessonState l, LessonHidden e) => LessonState.Apply(e, l),
        (LessonState l, LessonRestored e) => LessonState.Apply(e, l),
        (LessonViewState v, LessonEdited e) => LessonViewProjection.Apply(e, v),
        (LessonViewState v, LessonEndorsed e) => LessonViewProjection.Apply(e, v),
        (LessonViewState v, LessonAttributed e) => LessonViewProjection.Apply(e, v),
        (LessonViewState v, LessonHidden e) => LessonViewProjection.Apply(e, v),
        (LessonViewState v, LessonRestored e) => LessonViewProjection.Apply(e, v),
        (null, OrganisationRegistered e) => OrganisationState.Create(e),
        (null, StaffMemberRegistered e) => StaffMemberState.Create(e),
        _ => throw new ArgumentException($"{next.GetType().Name} cannot follow {state?.GetType().Name ?? "the start of a stream"}.")
    };
}
