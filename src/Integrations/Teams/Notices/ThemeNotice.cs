using Politikerforum.Integrations.Teams.Outbound;

namespace Politikerforum.Integrations.Teams.Notices;

public enum NoticeKind { DecisionProposed, DecisionConcluded, ExperimentConcluded, LessonRecorded, CommitmentOverdue, PaceSwitched, PaceReverted, UrgentMeetingBooked }

/// <summary>
/// Something happened in a theme that its channel should hear of. It names the thing, never who did it: what is shown
/// is read when the notice goes out, through the same views every door reads.
/// </summary>
/// <param name="ChathamHouse">A lesson shared under the Chatham House rule: it only ever goes out in the daily digest.</param>
public sealed record ThemeNotice(Guid ThemeId, NoticeKind Kind, Guid ItemId, bool ChathamHouse = false) : ITeamsDelivery
{
    public string Thread => $"theme:{ThemeId}";
}
