namespace Politikerforum.Domain.Members;

/// <summary>
/// Someone took out a copy of everything the forum holds about a member (GDPR art. 15 and 20). It says who and when,
/// never what was in the copy, so the record of the export holds no personal data of its own.
/// </summary>
public record MemberDataExported(Guid MemberId, Guid ExportedBy, DateTimeOffset ExportedAt);

public static class MemberDataExport
{
    /// <summary>Who may ask comes before whether the member exists, so members cannot probe the registry by id.</summary>
    public static Refusal? Refuses(Guid memberId, Member? member, Actor actor) =>
        !actor.RunsTheForum && !actor.IsMember(memberId)
            ? Refusal.Forbidden("Du kan kun hente dine egne oplysninger. Sekretariatet kan hente oplysninger om alle medlemmer.")
            : member is null
                ? Refusal.NotFound("Medlemmet findes ikke.")
                : null;

    public static MemberDataExported Decide(Member member, Actor actor, DateTimeOffset now) => new(member.Id, actor.Id, now);
}
