using System.ComponentModel.DataAnnotations;

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

public record RegisterStaffMember(
    [property: Required(ErrorMessage = "Navn skal udfyldes."), StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string Name,
    [property: Required(ErrorMessage = "E-mail skal udfyldes."), EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig."), StringLength(320, ErrorMessage = "E-mailadressen må højst være 320 tegn.")]
    string Email,
    [property: Required(ErrorMessage = "Organisationen skal angives.")]
    Guid? OrganisationId,
    [property: StringLength(64, ErrorMessage = "Entra-objekt-id'et må højst være 64 tegn.")]
    string? EntraObjectId);

public static class StaffRegistration
{
    public static Refusal? Refuses(Actor actor, Organisation? organisation, StaffMember? sameObjectId) =>
        !actor.Is(Role.Admin) ? Refusal.Forbidden("Kun administratorer kan registrere sekretariatets medarbejdere.")
        : organisation is null ? Refusal.Invalid("Organisationen findes ikke.")
        : sameObjectId is not null ? Refusal.Conflict("Der er allerede registreret en medarbejder med dette Entra-objekt-id.")
        : null;

    public static StaffMemberRegistered Decide(Guid id, RegisterStaffMember command, Actor actor, DateTimeOffset now) =>
        new(id, command.Name.Trim(), command.Email.Trim(), command.OrganisationId!.Value,
            string.IsNullOrWhiteSpace(command.EntraObjectId) ? null : command.EntraObjectId.Trim(), actor.Id, now);
}
