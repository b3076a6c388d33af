using System.ComponentModel.DataAnnotations;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Organisations;

public record RegisterStaffMember(
    [property: Required(ErrorMessage = "Navn skal udfyldes."), StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string Name,
    [property: Required(ErrorMessage = "E-mail skal udfyldes."), EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig."), StringLength(320, ErrorMessage = "E-mailadressen må højst være 320 tegn.")]
    string Email,
    [property: Required(ErrorMessage = "Organisationen skal angives.")]
    Guid? OrganisationId,
    [property: StringLength(64, ErrorMessage = "Entra-objekt-id'et må højst være 64 tegn.")]
    string? EntraObjectId) : ICommand;

public static class RegisteringStaff
{
    public static Refusal? Refuses(Actor actor, Organisation? organisation, StaffMember? sameObjectId) =>
        !actor.Is(Role.Admin) ? Refusal.Forbidden("Kun administratorer kan registrere sekretariatets medarbejdere.")
        : organisation is null ? Refusal.Invalid("Organisationen findes ikke.")
        : sameObjectId is not null ? Refusal.Conflict("Der er allerede registreret en medarbejder med dette Entra-objekt-id.")
        : null;

    public static StaffMemberRegistered Decide(Guid id, RegisterStaffMember command, Actor actor, DateTimeOffset now) =>
        new(id, command.Name.Trim(), command.Email.Trim(), command.OrganisationId!.Value, Blank.AsNull(command.EntraObjectId), actor.Id, now);
}

public static class RegisterStaffMemberHandler
{
    /// <summary>The organisation they work for, and the staff member already registered under the same Entra object id, if any.</summary>
    public static async Task<(Organisation?, StaffMember?)> LoadAsync(RegisterStaffMember command, IDocumentSession session, CancellationToken ct) =>
        (command.OrganisationId is { } id ? await session.LoadAsync<Organisation>(id, ct) : null,
         Blank.AsNull(command.EntraObjectId) is { } objectId ? await session.Query<StaffMember>().FirstOrDefaultAsync(s => s.EntraObjectId == objectId, ct) : null);

    public static Outcome Handle(
        RegisterStaffMember command, Organisation? organisation, StaffMember? sameObjectId, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (RegisteringStaff.Refuses(actor, organisation, sameObjectId) is { } refusal) return refusal;
        var registered = RegisteringStaff.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        session.Events.StartStream<StaffMember>(registered.StaffMemberId, registered);
        return new Done(registered.StaffMemberId, 1);
    }
}
