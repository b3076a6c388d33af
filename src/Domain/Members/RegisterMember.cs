using System.ComponentModel.DataAnnotations;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Members;

public record RegisterMember(
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
    [property: StringLength(64, ErrorMessage = "Entra-objekt-id'et må højst være 64 tegn.")]
    string? EntraObjectId) : ICommand;

public static class RegisteringMembers
{
    public static Refusal? Refuses(Actor actor, Member? sameObjectId) =>
        !actor.RunsTheForum
            ? Refusal.Forbidden("Kun sekretariatet og administratorer kan registrere medlemmer.")
            : sameObjectId is not null
                ? Refusal.Conflict("Der er allerede registreret et medlem med dette Entra-objekt-id.")
                : null;

    public static MemberRegistered Decide(Guid memberId, RegisterMember command, Actor actor, DateTimeOffset now) =>
        new(memberId, command.Name.Trim(), command.Email.Trim(), command.Level!.Value, command.Body.Trim(),
            Blank.AsNull(command.Party), Blank.AsNull(command.EntraObjectId), actor.Id, now);
}

/// <summary>Each member is a stream of their own, started here.</summary>
public static class RegisterMemberHandler
{
    /// <summary>The member already registered under the same Entra object id, if any: one person, one member.</summary>
    public static async Task<Member?> LoadAsync(RegisterMember command, IDocumentSession session, CancellationToken ct) =>
        Blank.AsNull(command.EntraObjectId) is { } objectId
            ? await session.Query<Member>().FirstOrDefaultAsync(m => m.EntraObjectId == objectId, ct)
            : null;

    public static Outcome Handle(RegisterMember command, Member? sameObjectId, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (RegisteringMembers.Refuses(actor, sameObjectId) is { } refusal) return refusal;
        var decided = RegisteringMembers.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        session.Events.StartStream<Member>(decided.MemberId, decided);
        return new Done(decided.MemberId, 1);
    }
}
