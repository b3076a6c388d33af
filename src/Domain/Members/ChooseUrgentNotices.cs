using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Members;

/// <summary>
/// "Besked ved hurtig handling": when a theme the member takes part in is in urgent pace, its notices also reach them
/// one to one, not only in the theme's channel.
/// </summary>
public record ChooseUrgentNotices(
    [property: Required(ErrorMessage = "Angiv, om du vil have besked ved hurtig handling (notify: true eller false).")]
    bool? Notify) : ICommand
{
    [JsonIgnore] public Guid MemberId { get; init; }
}

public record UrgentNoticesChosen(Guid MemberId, bool Notify, DateTimeOffset ChosenAt);

public static class ChoosingUrgentNotices
{
    /// <summary>A person's own choice about being contacted: no one else makes it for them.</summary>
    public static Refusal? Refuses(Guid memberId, Member? member, ChooseUrgentNotices command, Actor actor) =>
        !actor.IsMember(memberId) ? Refusal.Forbidden("Kun medlemmet selv kan vælge, om det vil have besked ved hurtig handling.")
        : member is null ? Refusal.Unknown
        : member.HasLeft ? Refusal.Conflict("Medlemmet har forladt forummet.")
        : member.UrgentNotices == command.Notify
            ? Refusal.Conflict(member.UrgentNotices ? "Du får allerede besked ved hurtig handling." : "Du har allerede fravalgt besked ved hurtig handling.")
        : null;

    public static UrgentNoticesChosen Decide(Member member, ChooseUrgentNotices command, DateTimeOffset now) => new(member.Id, command.Notify!.Value, now);
}

public static class ChooseUrgentNoticesHandler
{
    public static Task<IEventStream<Member>> LoadAsync(ChooseUrgentNotices command, IDocumentSession session, CancellationToken ct) =>
        MemberStream.FetchForWritingAsync(session, command.MemberId, ct);

    public static Outcome Handle(ChooseUrgentNotices command, IEventStream<Member> member, Actor actor, TimeProvider clock) =>
        ChoosingUrgentNotices.Refuses(command.MemberId, member.Aggregate, command, actor)
        ?? (Outcome)member.Append(ChoosingUrgentNotices.Decide(member.Aggregate!, command, clock.GetUtcNow()));
}
