using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain;

/// <summary>
/// <see cref="Unprocessable"/>: the request cannot be taken as it stands although it is well-formed
/// (an idempotency key reused for another command).
/// </summary>
public enum RefusalKind { Invalid, Forbidden, NotFound, Conflict, Unprocessable }

/// <summary>Why a rule said no, in Danish for the person who asked. <see cref="Errors"/>: per input field, for invalid input.</summary>
public sealed record Refusal(RefusalKind Kind, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null) : Outcome
{
    /// <summary>
    /// The one answer for everything the actor may not see and everything that does not exist: an unknown id, an item
    /// in a closed theme, a hidden post or lesson, a lesson narrower than the caller. Every rule and every read gives
    /// this same answer, whatever the kind of item, so no answer tells that something exists or what it is.
    /// </summary>
    public static readonly Refusal Unknown = new(RefusalKind.NotFound, "Det, du spørger efter, findes ikke, eller du har ikke adgang til det.");

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);
    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, detail);
    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, detail);

    /// <summary>
    /// A 404 that explains something about what the actor already sees (a member absent from a theme whose participants
    /// they read). Anything the actor may not see is <see cref="Unknown"/>.
    /// </summary>
    public static Refusal NotFound(string detail) => new(RefusalKind.NotFound, detail);

    /// <summary>What a change that does not say which version it changes is told.</summary>
    public const string VersionMissing = "Angiv version: den version, du sidst hentede (feltet version, når du henter det, du vil rette).";

    /// <summary>Someone changed it after the caller read it: they must read it again before changing it.</summary>
    public static Refusal? IfStale(int? expectedVersion, int currentVersion) => expectedVersion == currentVersion ? null
        : Conflict($"Indholdet er ændret, siden du hentede det (du har version {expectedVersion}, den nyeste er {currentVersion}). Hent den nyeste udgave, og prøv igen.");
}
