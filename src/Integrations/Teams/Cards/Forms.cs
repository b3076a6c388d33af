using Politikerforum.Domain;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// What the four forms share. Each input's id is the field's name in the API's body, so a submitted form reads
/// exactly as the same request would over HTTP.
/// </summary>
public static class Forms
{
    public static TextBlock Heading(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock OfTheme(string themeTitle) => new($"Tema: {themeTitle}") { IsSubtle = true, Spacing = Spacing.None };

    public static TextInput Text(string id, string label, int maxLength, string missing, bool multiline = false) =>
        new(id, label) { IsRequired = true, ErrorMessage = missing, MaxLength = maxLength, IsMultiline = multiline ? true : null };

    public static ChoiceSetInput Levels(string id, string label, bool required) =>
        new(id, label, [.. Domain.Levels.All.Select(level => new Choice(Danish.Label(level), Wire(level)))])
        {
            IsMultiSelect = true, Style = ChoiceStyle.Expanded, IsRequired = required ? true : null,
            ErrorMessage = required ? "Vælg mindst ét niveau." : null
        };

    /// <summary>A level as the API spells it.</summary>
    public static string Wire(Level level) => level.ToString().ToLowerInvariant();

    public static ExecuteAction Submit(string title, string verb, Guid theme, params (string Name, object? Value)[] more) =>
        CardVerbs.Button(title, verb, [(CardVerbs.Theme, theme), .. more]) with { Style = ActionStyle.Positive };
}
