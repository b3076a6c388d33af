namespace Politikerforum.Domain;

public static class Blank
{
    /// <summary>Optional text as the forum records it: trimmed, and absent when only blanks were given.</summary>
    public static string? AsNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
