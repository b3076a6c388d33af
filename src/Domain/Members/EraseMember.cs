using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Wolverine;

namespace Politikerforum.Domain.Members;

/// <param name="Reason">Why, for the record; it must not repeat the personal data being erased.</param>
public record EraseMember(
    [property: StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    string? Reason) : ICommand
{
    [JsonIgnore] public Guid MemberId { get; init; }
}

/// <summary>GDPR art. 17: the member's personal data was erased. Holds none of it.</summary>
public record MemberErased(Guid MemberId, string? Reason, Guid ErasedBy, DateTimeOffset ErasedAt);

/// <summary>Sent with <see cref="MemberErased"/>: rewrite the member's past events without their personal data.</summary>
public record MaskErasedMember(Guid MemberId);

public static class Erasing
{
    /// <summary>What the forum shows where an erased member's name was. Their contributions stay.</summary>
    public const string FormerMember = "Tidligere medlem";

    public static Refusal? Refuses(Member? member, Actor actor) =>
        member is null ? Refusal.Unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun sekretariatet kan slette et medlems personoplysninger.")
        : member.IsErased ? Refusal.Conflict("Medlemmets personoplysninger er allerede slettet.")
        : null;

    public static MemberErased Decide(Member member, EraseMember command, Actor actor, DateTimeOffset now) =>
        new(member.Id, Blank.AsNull(command.Reason), actor.Id, now);

    // Masking rules for Marten's event data masking: the personal data in each event that holds any.
    public static MemberRegistered Mask(MemberRegistered e) => e with { Name = FormerMember, Email = "", Party = null, EntraObjectId = null };
    public static MemberProfileUpdated Mask(MemberProfileUpdated e) => e with { Name = FormerMember, Email = "", Party = null };
    public static ApplicationSubmitted Mask(ApplicationSubmitted e) => e with { Name = FormerMember, EntraObjectId = "" };

    /// <summary>What stands where text marked personal was.</summary>
    public const string ErasedText = "[Teksten er slettet, fordi den indeholdt personoplysninger.]";

    public static PostPublished Mask(PostPublished e) => e.Personal ? e with { Text = ErasedText } : e;
    public static PostEdited Mask(PostEdited e) => e.Personal ? e with { Text = ErasedText } : e;

    // A lesson's events are masked when its author is erased and it was marked personal (a named lesson), or it is one of
    // theirs under the Chatham House rule that they never put their name to (MaskErasedMemberHandler picks the streams).
    // Such a lesson cannot be personal (RecordLesson.Validate), so its text and everything anyone sees of it stay exactly as
    // they were: a change at the moment of an erasure would tell everyone whose lesson it was. Only the event store knew
    // the author; it forgets them, so not even the database ties the lesson to the former member any more.

    public static LessonRecorded Mask(LessonRecorded e) => Unlinked(e.Personal ? e with { Text = ErasedText } : e);
    public static LessonEdited Mask(LessonEdited e) => Unlinked(e.Personal ? e with { Text = ErasedText } : e);

    private static LessonRecorded Unlinked(LessonRecorded e) =>
        e.Confidentiality == Confidentiality.ChathamHouse ? e with { AuthorId = Guid.Empty, AuthorLevel = null } : e;

    private static LessonEdited Unlinked(LessonEdited e) =>
        e.Confidentiality == Confidentiality.ChathamHouse ? e with { EditedBy = Guid.Empty } : e;
}

public static class EraseMemberHandler
{
    public static Task<IEventStream<Member>> LoadAsync(EraseMember command, IDocumentSession session, CancellationToken ct) =>
        MemberStream.FetchForWritingAsync(session, command.MemberId, ct);

    /// <summary>
    /// The erasure is recorded and the masking of the member's past events is sent through the outbox in the
    /// same transaction: if masking fails it is retried, never forgotten.
    /// </summary>
    public static (Outcome, OutgoingMessages) Handle(EraseMember command, IEventStream<Member> member, Actor actor, TimeProvider clock) =>
        Erasing.Refuses(member.Aggregate, actor) is { } refusal
            ? (refusal, [])
            : (member.Append(Erasing.Decide(member.Aggregate!, command, actor, clock.GetUtcNow())), [new MaskErasedMember(member.Id)]);
}
