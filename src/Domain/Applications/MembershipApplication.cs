namespace Politikerforum.Domain.Applications;

public enum ApplicationStatus { Pending, Approved, Rejected }

/// <summary>
/// Someone not yet in the forum asked to join ("deltag Aarhus Kommune" in Teams, or the API). It holds what they said
/// about themselves and the Entra object id they asked under, which approval registers them with.
/// </summary>
public record ApplicationSubmitted(Guid ApplicationId, string Name, string Organisation, string EntraObjectId, DateTimeOffset SubmittedAt);

/// <summary>The secretariat let the applicant in: <see cref="MemberId"/> is the member registered in the same transaction.</summary>
public record ApplicationApproved(Guid ApplicationId, Guid MemberId, Guid ApprovedBy, DateTimeOffset ApprovedAt);

public record ApplicationRejected(Guid ApplicationId, string? Reason, Guid RejectedBy, DateTimeOffset RejectedAt);

/// <summary>
/// An application for membership: one stream each. The write state for the secretariat's decision and, stored
/// inline, what <see cref="ApplicationReads"/> lists.
/// </summary>
public sealed record MembershipApplication(
    Guid Id, string Name, string Organisation, string EntraObjectId, DateTimeOffset SubmittedAt, ApplicationStatus Status,
    Guid? MemberId, string? Reason, Guid? DecidedBy, DateTimeOffset? DecidedAt, int Version)
{
    public bool IsPending => Status == ApplicationStatus.Pending;

    public static MembershipApplication Create(ApplicationSubmitted e) =>
        new(e.ApplicationId, e.Name, e.Organisation, e.EntraObjectId, e.SubmittedAt, ApplicationStatus.Pending, null, null, null, null, 1);

    public static MembershipApplication Apply(ApplicationApproved e, MembershipApplication a) =>
        a with { Status = ApplicationStatus.Approved, MemberId = e.MemberId, DecidedBy = e.ApprovedBy, DecidedAt = e.ApprovedAt };

    public static MembershipApplication Apply(ApplicationRejected e, MembershipApplication a) =>
        a with { Status = ApplicationStatus.Rejected, Reason = e.Reason, DecidedBy = e.RejectedBy, DecidedAt = e.RejectedAt };
}
