using System.ComponentModel.DataAnnotations;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Applications;

/// <param name="Name">As the applicant is known, e.g. their name in Teams.</param>
/// <param name="Organisation">The municipality, region, parliament or organisation they come from.</param>
public record ApplyForMembership(
    [property: Required(ErrorMessage = "Navn skal udfyldes."), StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string Name,
    [property: Required(ErrorMessage = "Skriv, hvilken kommune, region eller organisation du kommer fra, fx \"deltag Aarhus Kommune\"."),
               StringLength(200, ErrorMessage = "Navnet på organisationen må højst være 200 tegn.")]
    string Organisation) : ICommand;

/// <summary>A person who is not a member asks to become one; the secretariat decides (<see cref="ApproveApplication"/>).</summary>
public static class ApplyingForMembership
{
    public static Refusal? Refuses(Actor actor, MembershipApplication? pending) =>
        actor.MemberId is not null ? Refusal.Conflict("Du er allerede medlem af Politikerforum.")
        : actor.RunsTheForum ? Refusal.Forbidden("Sekretariatet registrerer medlemmer direkte og søger ikke selv om medlemskab.")
        : actor.Is(Role.Integrator) || actor.ObjectId is null
            ? Refusal.Forbidden("Kun en person, der er logget ind med sin organisations konto, kan søge om medlemskab.")
        : pending is not null ? Refusal.Conflict("Du har allerede søgt om medlemskab. Sekretariatet vender tilbage, når ansøgningen er behandlet.")
        : null;

    public static ApplicationSubmitted Decide(Guid applicationId, ApplyForMembership command, Actor actor, DateTimeOffset now) =>
        new(applicationId, command.Name.Trim(), command.Organisation.Trim(), actor.ObjectId!, now);
}

public static class ApplyForMembershipHandler
{
    /// <summary>The applicant's application still waiting, if any: one at a time per person.</summary>
    public static async Task<MembershipApplication?> LoadAsync(ApplyForMembership command, Actor actor, IDocumentSession session, CancellationToken ct) =>
        actor.ObjectId is { } objectId
            ? await session.Query<MembershipApplication>().FirstOrDefaultAsync(a => a.EntraObjectId == objectId && a.Status == ApplicationStatus.Pending, ct)
            : null;

    public static Outcome Handle(ApplyForMembership command, MembershipApplication? pending, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (ApplyingForMembership.Refuses(actor, pending) is { } refusal) return refusal;
        var submitted = ApplyingForMembership.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        session.Events.StartStream<MembershipApplication>(submitted.ApplicationId, submitted);
        return new Done(submitted.ApplicationId, 1);
    }
}
