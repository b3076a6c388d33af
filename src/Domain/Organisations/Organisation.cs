using System.ComponentModel.DataAnnotations;

namespace Politikerforum.Domain.Organisations;

/// <summary>An organisation behind the forum (an "aktør"), e.g. Resonans.</summary>
public record OrganisationRegistered(Guid OrganisationId, string Name, Guid RegisteredBy, DateTimeOffset RegisteredAt);

public sealed record Organisation(Guid Id, string Name, DateTimeOffset RegisteredAt)
{
    public static Organisation Create(OrganisationRegistered e) => new(e.OrganisationId, e.Name, e.RegisteredAt);
}

public record RegisterOrganisation(
    [property: Required(ErrorMessage = "Navn skal udfyldes."), StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string Name);

public static class OrganisationRegistration
{
    public static Refusal? Refuses(Actor actor) =>
        actor.Is(Role.Admin) ? null : Refusal.Forbidden("Kun administratorer kan registrere organisationer.");

    public static OrganisationRegistered Decide(Guid id, RegisterOrganisation command, Actor actor, DateTimeOffset now) =>
        new(id, command.Name.Trim(), actor.Id, now);
}
