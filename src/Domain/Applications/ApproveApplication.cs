using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;

namespace Politikerforum.Domain.Applications;

/// <summary>
/// What the secretariat adds to an application to register its applicant: the email and the level, which the
/// application does not hold. Name and body default to those in the application.
/// </summary>
public record ApproveApplication(
    [property: Required(ErrorMessage = "E-mail skal udfyldes."), EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig."), StringLength(320, ErrorMessage = "E-mailadressen må højst være 320 tegn.")]
    string Email,
    [property: Required(ErrorMessage = "Niveau skal angives (kommune, region, folketing eller europaparlamentet).")]
    Level? Level,
    [property: StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string? Name,
    [property: StringLength(200, ErrorMessage = "Myndighedens navn må højst være 200 tegn.")]
    string? Body,
    [property: StringLength(100, ErrorMessage = "Partiet må højst være 100 tegn.")]
    string? Party) : ICommand
{
    [JsonIgnore] public Guid ApplicationId { get; init; }
}

/// <summary>Approving registers the applicant by the same rule as any registration (<see cref="RegisteringMembers"/>).</summary>
public static class ApprovingApplications
{
    public static Refusal? Refuses(MembershipApplication? application, Member? sameObjectId, Actor actor) =>
        ApplicationDecision.Refuses(application, actor) ?? RegisteringMembers.Refuses(actor, sameObjectId);

    /// <summary>The registration the approval amounts to: the application's person, under its Entra object id.</summary>
    public static RegisterMember Registration(MembershipApplication application, ApproveApplication command) =>
        new(Blank.AsNull(command.Name) ?? application.Name, command.Email, command.Level, Blank.AsNull(command.Body) ?? application.Organisation,
            command.Party, application.EntraObjectId);

    public static (ApplicationApproved, MemberRegistered) Decide(Guid memberId, MembershipApplication application, ApproveApplication command, Actor actor, DateTimeOffset now) =>
        (new ApplicationApproved(application.Id, memberId, actor.Id, now),
            RegisteringMembers.Decide(memberId, Registration(application, command), actor, now));
}

/// <summary>What approving and rejecting share: only the secretariat decides, and only once.</summary>
public static class ApplicationDecision
{
    public static Refusal? Refuses(MembershipApplication? application, Actor actor) =>
        ApplicationReads.Refuses(actor)
        ?? (application is null ? ApplicationReads.Unknown
            : !application.IsPending ? Refusal.Conflict("Ansøgningen er allerede behandlet.")
            : null);

    public static Task<IEventStream<MembershipApplication>> FetchAsync(IDocumentSession session, Guid applicationId, CancellationToken ct) =>
        session.Events.FetchForExclusiveWriting<MembershipApplication>(applicationId, ct);
}

public static class ApproveApplicationHandler
{
    /// <summary>The application, and a member already registered under its Entra object id (one person, one member).</summary>
    public static async Task<(IEventStream<MembershipApplication>, Member?)> LoadAsync(ApproveApplication command, IDocumentSession session, CancellationToken ct)
    {
        var application = await ApplicationDecision.FetchAsync(session, command.ApplicationId, ct);
        var objectId = application.Aggregate?.EntraObjectId;
        return (application, objectId is null ? null : await session.Query<Member>().FirstOrDefaultAsync(m => m.EntraObjectId == objectId, ct));
    }

    public static Outcome Handle(
        ApproveApplication command, IEventStream<MembershipApplication> application, Member? sameObjectId, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (ApprovingApplications.Refuses(application.Aggregate, sameObjectId, actor) is { } refusal) return refusal;
        var (approved, registered) = ApprovingApplications.Decide(Guid.CreateVersion7(), application.Aggregate!, command, actor, clock.GetUtcNow());
        application.AppendOne(approved);
        session.Events.StartStream<Member>(registered.MemberId, registered);
        return new Done(application.Id, application.CurrentVersion ?? 2);
    }
}
