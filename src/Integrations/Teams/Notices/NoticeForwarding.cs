using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.People;
using Wolverine.Marten;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>
/// Which of the forum's events the Teams bot acts on, and as what. Marten forwards each such event to Wolverine when
/// the command that appended it commits, through the same transaction's durable outbox: the notice is stored with the
/// event or not at all, so a crash can neither lose it nor send it for something that never happened. (A Marten
/// subscription would survive a crash too, but needs the async daemon and polls; forwarding reaches Teams at once.)
/// Events are forwarded as small messages of the bot's own, never as themselves: what waits in the outbox names
/// the thing that happened, not who did it, so not even the message tables hold a Chatham House author.
/// </summary>
public static class NoticeForwarding
{
    // A lesson recorded and a position taken are told by their commands, and only in a theme that is or was in Teams
    // (TeamsNewsOfCommands); everything else here is rare enough to forward always.
    public static void ForwardTeamsNotices(this IEventForwarding events)
    {
        events.SubscribeToEvent<DecisionProposed>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.DecisionProposed, e.Data.DecisionId));
        events.SubscribeToEvent<DecisionConcluded>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.DecisionConcluded, e.Data.DecisionId));
        events.SubscribeToEvent<ExperimentConcluded>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.ExperimentConcluded, e.Data.ExperimentId));
        events.SubscribeToEvent<CommitmentOverdue>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.CommitmentOverdue, e.Data.CommitmentId));
        events.SubscribeToEvent<PaceSwitched>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.PaceSwitched, e.Data.ThemeId));
        events.SubscribeToEvent<PaceReverted>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.PaceReverted, e.Data.ThemeId));
        events.SubscribeToEvent<UrgentMeetingScheduled>().TransformedTo(e => new ThemeNotice(e.Data.ThemeId, NoticeKind.UrgentMeetingBooked, e.Data.ThemeId));

        // Cards already posted show the thing as it is now. (Positions: see TeamsNewsOfCommands.)
        events.SubscribeToEvent<DecisionClosedForPositions>().TransformedTo(e => PostedCards.Refresh(SentCard.Decision, e.Data.DecisionId));
        events.SubscribeToEvent<DecisionConcluded>().TransformedTo(e => PostedCards.Refresh(SentCard.Decision, e.Data.DecisionId));
        events.SubscribeToEvent<DecisionWithdrawn>().TransformedTo(e => PostedCards.Refresh(SentCard.Decision, e.Data.DecisionId));
        events.SubscribeToEvent<LessonEndorsed>().TransformedTo(e => PostedCards.Refresh(SentCard.Lesson, e.Data.LessonId));
        events.SubscribeToEvent<LessonEdited>().TransformedTo(e => PostedCards.Refresh(SentCard.Lesson, e.Data.LessonId));
        events.SubscribeToEvent<LessonAttributed>().TransformedTo(e => PostedCards.Refresh(SentCard.Lesson, e.Data.LessonId));
        // A hidden lesson's cards are taken down; the secretariat hid it from everyone but its author.
        events.SubscribeToEvent<LessonHidden>().TransformedTo(e => new RemoveCards(SentCard.Of(SentCard.Lesson, e.Data.LessonId)));

        events.SubscribeToEvent<MemberErased>().TransformedTo(e => new ForgetTeamsPerson(e.Data.MemberId));
        events.SubscribeToEvent<ApplicationApproved>().TransformedTo(e => new WelcomeNewMember(e.Data.ApplicationId, e.Data.MemberId));
    }
}

/// <summary>
/// The notices of the two commands that are many, lessons and positions, asked by the commands themselves
/// (<see cref="ITeamsNews"/>) in a theme that is or was in Teams. They go through the same outbox, in the same
/// transaction, as forwarding would send them.
/// </summary>
public sealed class TeamsNewsOfCommands : ITeamsNews
{
    public IEnumerable<object> Of(object appended) => appended switch
    {
        LessonRecorded e => [new ThemeNotice(e.ThemeId, NoticeKind.LessonRecorded, e.LessonId, e.Confidentiality == Confidentiality.ChathamHouse)],
        PositionTaken e => [PostedCards.Refresh(SentCard.Decision, e.DecisionId)],
        _ => []
    };
}
