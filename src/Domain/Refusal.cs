namespace Politikerforum.Domain;

public enum RefusalKind { Invalid, Forbidden, NotFound, Conflict }

/// <summary>Why a rule said no, in Danish for the person who asked.</summary>
public sealed record Refusal(RefusalKind Kind, string Detail)
{
    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, detail);
    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, detail);
    public static Refusal NotFound(string detail) => new(RefusalKind.NotFound, detail);
    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, detail);

    /// <summary>Someone changed it after the caller read it: they must read it again before changing it.</summary>
    public static Refusal? IfStale(int expectedVersion, int currentVersion) => expectedVersion == currentVersion ? null
        : Conflict($"Der er sket ændringer, siden du hentede den (du har version {expectedVersion}, den nyeste er {currentVersion}). Hent den nyeste udgave, og prøv igen.");
}
