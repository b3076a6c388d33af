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
    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);
    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, detail);
    public static Refusal NotFound(string detail) => new(RefusalKind.NotFound, detail);
    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, detail);

    /// <summary>Someone changed it after the caller read it: they must read it again before changing it.</summary>
    public static Refusal? IfStale(int expectedVersion, int currentVersion) => expectedVersion == currentVersion ? null
        : Conflict($"Der er sket ændringer, siden du hentede den (du har version {expectedVersion}, den nyeste er {currentVersion}). Hent den nyeste udgave, og prøv igen.");
}
