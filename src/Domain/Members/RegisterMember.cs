using System.ComponentModel.DataAnnotations;

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
    string? EntraObjectId);

public static class MemberRegistration
{
    public static Refusal? Refuses(Actor actor, Member? sameObjectId) =>
        !actor.RunsTheForum
            ? Refusal.Forbidden("Kun sekretariatet og administratorer kan registrere medlemmer.")
            : sameObjectId is not null
                ? Refusal.Conflict("Der er allerede registreret et medlem med dette Entra-objekt-id.")
                : null;

    public static MemberRegistered Decide(Guid memberId, RegisterMember command, Actor actor, DateTimeOffset now) =>
        new(memberId, command.Name.Trim(), command.Email.Trim(), command.Level!.Value, command.Body.Trim(),
            Blank(command.Party), Blank(command.EntraObjectId), actor.Id, now);

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
