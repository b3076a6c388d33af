namespace Politikerforum.Domain.Organisations;

/// <summary>A member of the secretariat, employed by one of the organisations behind the forum.</summary>
public record StaffMemberRegistered(
    Guid StaffMemberId, string Name, string Email, Guid OrganisationId, string? EntraObjectId,
    Guid RegisteredBy, DateTimeOffset RegisteredAt);

public sealed record StaffMember(Guid Id, string Name, string Email, Guid OrganisationId, string? EntraObjectId)
{
    public static StaffMember Create(StaffMemberRegistered e) =>
        new(e.StaffMemberId, e.Name, e.Email, e.OrganisationId, e.EntraObjectId);
}
