using Politikerforum.Domain;

namespace Politikerforum.Host.Http;

/// <summary>
/// Enum filters in the address, spelt as the API spells them everywhere else (<c>?kind=went-wrong</c>).
/// Wolverine binds query enums by their .NET names, which only matches values of one word, so filters
/// whose values have a hyphen take a string and are read here.
/// </summary>
public static class QueryEnum
{
    /// <returns>False when a value was given that is not one of the enum's values.</returns>
    public static bool TryRead<T>(string? value, out T? read) where T : struct, Enum
    {
        read = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!EnumNames.TryRead(typeof(T), value, out var named)) return false;
        read = (T)named!;
        return true;
    }

    /// <summary>The same 400 as for an enum Wolverine binds: the parameter named, with the values it takes.</summary>
    public static IResult Unreadable<T>(string parameter) where T : struct, Enum => QueryValues.Unreadable(parameter, typeof(T)).ToResult();
}
