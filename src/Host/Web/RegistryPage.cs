using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Web;

/// <summary>A page that lists things from many themes: it names each thing's theme and lets one theme be chosen.</summary>
public abstract class RegistryPage : ForumPage
{
    public IReadOnlyList<ThemeSummary> Themes { get; private set; } = [];

    protected async Task LoadThemesAsync(IQuerySession session) => Themes = await Choices.ThemesAsync(session, Actor, Aborted);

    public string TitleOf(Guid themeId) => Themes.FirstOrDefault(t => t.Id == themeId)?.Title ?? "Ukendt tema";
}
