using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Members;

/// <summary>
/// A member's right of access and to data portability (GDPR art. 15 and 20): everything the forum holds about them,
/// for them or the secretariat. <see cref="Done.Answer"/> is the <see cref="MemberExportDocument"/>.
/// </summary>
public record ExportMemberData([property: JsonIgnore] Guid MemberId) : ICommand;

/// <summary>
/// Someone took out a copy of everything the forum holds about a member. It says who and when, never what was
/// in the copy, so the record of the export holds no personal data of its own.
/// </summary>
public record MemberDataExported(Guid MemberId, Guid ExportedBy, DateTimeOffset ExportedAt);

public static class ExportingMemberData
{
    /// <summary>Who may ask comes before whether the member exists, so members cannot probe the registry by id.</summary>
    public static Refusal? Refuses(Guid memberId, Member? member, Actor actor) =>
        !actor.RunsTheForum && !actor.IsMember(memberId)
            ? Refusal.Forbidden("Du kan kun hente dine egne oplysninger. Sekretariatet kan hente oplysninger om alle medlemmer.")
            : member is null
                ? Refusal.Unknown
                : null;

    public static MemberDataExported Decide(Member member, Actor actor, DateTimeOffset now) => new(member.Id, actor.Id, now);
}

/// <summary>A read that writes: the export is recorded on the member's stream, so the member can later be told who took a copy.</summary>
public static class ExportMemberDataHandler
{
    public static Task<IEventStream<Member>> LoadAsync(ExportMemberData command, IDocumentSession session, CancellationToken ct) =>
        MemberStream.FetchForWritingAsync(session, command.MemberId, ct);

    public static async Task<Outcome> HandleAsync(
        ExportMemberData command, IEventStream<Member> member, Actor actor, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (ExportingMemberData.Refuses(command.MemberId, member.Aggregate, actor) is { } refusal) return refusal;
        var now = clock.GetUtcNow();
        var document = await ExportCollector.CollectAsync(member.Aggregate!, actor, session, now, ct);
        return member.Append(ExportingMemberData.Decide(member.Aggregate!, actor, now)) with { Answer = document };
    }
}
