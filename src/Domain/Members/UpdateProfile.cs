using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Members;

public record UpdateProfile(
    [property: Required(ErrorMessage = "Navn skal udfyldes."), StringLength(200, ErrorMessage = "Navnet må højst være 200 tegn.")]
    string Name,
    [property: Required(ErrorMessage = "E-mail skal udfyldes."), EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig."), StringLength(320, ErrorMessage = "E-mailadressen må højst være 320 tegn.")]
    string Email,
    [property: Required(ErrorMessage = "Niveau skal angives (kommune, region, folketing eller europaparlamentet).")]
    Level? Level,
    [property: Required(ErrorMessage = "Myndighed skal udfyldes, fx \"Aarhus Kommune\"."), StringLength(200, ErrorMessage = "Myndighedens navn må højst være 200 tegn.")]
    string Body,
    [property: StringLength(100, ErrorMessage = "Partiet må højst være 100 tegn.")]
    string? Party,
    /// <summary>The version the caller last read; a stale version is a conflict.</summary>
    [property: JsonPropertyName("version"), Required(ErrorMessage = Refusal.VersionMissing)] int? ExpectedVersion) : ICommand
{
    [JsonIgnore] public Guid MemberId { get; init; }
}

public static class UpdatingProfiles
{
    public static Refusal? Refuses(Member? member, UpdateProfile command, Actor actor) =>
        member is null ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsMember(member.Id) ? Refusal.Forbidden("Du kan kun rette din egen profil.")
        : member.HasLeft ? Refusal.Conflict("Medlemmet har forladt forummet, og profilen kan ikke længere rettes.")
        : Refusal.IfStale(command.ExpectedVersion, member.Version);

    public static MemberProfileUpdated Decide(Member member, UpdateProfile command, Actor actor, DateTimeOffset now) =>
        new(member.Id, command.Name.Trim(), command.Email.Trim(), command.Level!.Value, command.Body.Trim(),
            Blank.AsNull(command.Party), actor.Id, now);
}

public static class UpdateProfileHandler
{
    public static Task<IEventStream<Member>> LoadAsync(UpdateProfile command, IDocumentSession session, CancellationToken ct) =>
        MemberStream.FetchForWritingAsync(session, command.MemberId, ct);

    public static Outcome Handle(UpdateProfile command, IEventStream<Member> member, Actor actor, TimeProvider clock) =>
        UpdatingProfiles.Refuses(member.Aggregate, command, actor)
        ?? (Outcome)member.Append(UpdatingProfiles.Decide(member.Aggregate!, command, actor, clock.GetUtcNow()));
}
