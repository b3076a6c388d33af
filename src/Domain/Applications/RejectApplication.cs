using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Applications;

/// <param name="Reason">Why, for the record and for the applicant.</param>
public record RejectApplication(
    [property: StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    string? Reason) : ICommand
{
    [JsonIgnore] public Guid ApplicationId { get; init; }
}

public static class RejectingApplications
{
    public static Refusal? Refuses(MembershipApplication? application, Actor actor) => ApplicationDecision.Refuses(application, actor);

    public static ApplicationRejected Decide(MembershipApplication application, RejectApplication command, Actor actor, DateTimeOffset now) =>
        new(application.Id, Blank.AsNull(command.Reason), actor.Id, now);
}

public static class RejectApplicationHandler
{
    public static Task<IEventStream<MembershipApplication>> LoadAsync(RejectApplication command, IDocumentSession session, CancellationToken ct) =>
        ApplicationDecision.FetchAsync(session, command.ApplicationId, ct);

    public static Outcome Handle(RejectApplication command, IEventStream<MembershipApplication> application, Actor actor, TimeProvider clock)
    {
        if (RejectingApplications.Refuses(application.Aggregate, actor) is { } refusal) return refusal;
        application.AppendOne(RejectingApplications.Decide(application.Aggregate!, command, actor, clock.GetUtcNow()));
        return new Done(application.Id, application.CurrentVersion ?? 2);
    }
}
