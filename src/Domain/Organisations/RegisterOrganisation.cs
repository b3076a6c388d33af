using System.ComponentModel.DataAnnotations;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Organisations;

public record RegisterOrganisation(
    [property: Required(ErrorMessage = "Navn skal udfyldes."), StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string Name) : ICommand;

public static class RegisteringOrganisations
{
    public static Refusal? Refuses(Actor actor) =>
        actor.Is(Role.Admin) ? null : Refusal.Forbidden("Kun administratorer kan registrere organisationer.");

    public static OrganisationRegistered Decide(Guid id, RegisterOrganisation command, Actor actor, DateTimeOffset now) =>
        new(id, command.Name.Trim(), actor.Id, now);
}

public static class RegisterOrganisationHandler
{
    public static Outcome Handle(RegisterOrganisation command, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (RegisteringOrganisations.Refuses(actor) is { } refusal) return refusal;
        var registered = RegisteringOrganisations.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        session.Events.StartStream<Organisation>(registered.OrganisationId, registered);
        return new Done(registered.OrganisationId, 1);
    }
}
