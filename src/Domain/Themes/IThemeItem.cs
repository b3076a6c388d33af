namespace Politikerforum.Domain.Themes;

/// <summary>Something that lives inside a theme and so is seen by whoever may see the theme.</summary>
public interface IThemeItem
{
    Guid ThemeId { get; }
}
