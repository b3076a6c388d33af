namespace Politikerforum.Domain.Members;

public record MemberRegistered(
    Guid MemberId, string Name, string Email, Level Level, string Body, string? Party, string? EntraObjectId,
    Guid RegisteredBy, DateTimeOffset RegisteredAt);

public record MemberProfileUpdated(
    Guid MemberId, string Name, string Email, Level Level, string Body, string? Party,
    Guid UpdatedBy, DateTimeOffset UpdatedAt);

public record MemberLeftForum(Guid MemberId, Guid LeftBy, DateTimeOffset LeftAt);

/// <summary>
/// A member as the forum knows them: the write state for member rules and, stored inline,
/// the member directory.
/// </summary>
public sealed record Member(
    Guid Id, string Name, string Email, Level Level, string Body, string? Party, string? EntraObjectId,
    DateTimeOffset RegisteredAt, DateTimeOffset? LeftAt, int Version)
{
    public bool HasLeft => LeftAt is not null;

    public DateTimeOffset? ErasedAt { get; init; }
    public bool IsErased => ErasedAt is not null;

    /// <summary>Wants the notices of themes in urgent pace one to one, too ("besked ved hurtig handling").</summary>
    public bool UrgentNotices { get; init; }

    public static Member Create(MemberRegistered e) =>
        new(e.MemberId, e.Name, e.Email, e.Level, e.Body, e.Party, e.EntraObjectId, e.RegisteredAt, null, 1);

    public static Member Apply(MemberProfileUpdated e, Member m) =>
        m with { Name = e.Name, Email = e.Email, Level = e.Level, Body = e.Body, Party = e.Party };

    public static Member Apply(MemberLeftForum e, Member m) => m with { LeftAt = e.LeftAt };

    public static Member Apply(UrgentNoticesChosen e, Member m) => m with { UrgentNotices = e.Notify };

    /// <summary>Erased members are gone from the forum as people; what they did stays, under "Tidligere medlem".</summary>
    public static Member Apply(MemberErased e, Member m) => m with
    {
        Name = Erasing.FormerMember, Email = "", Party = null, EntraObjectId = null, LeftAt = m.LeftAt ?? e.ErasedAt, ErasedAt = e.ErasedAt
    };
}
