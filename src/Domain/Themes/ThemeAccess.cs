using System.Diagnostics.CodeAnalysis;

namespace Politikerforum.Domain.Themes;

/// <summary>Who may see a theme, and so everything inside it. Every door asks here.</summary>
public static class ThemeAccess
{
    public static bool CanSee([NotNullWhen(true)] this Theme? theme, Actor actor) => theme?.Visibility switch
    {
        null => false,
        _ when actor.RunsTheForum => true,
        Visibility.Public => true,
        Visibility.Forum => actor.Is(Role.Member),
        Visibility.Closed => theme.HasParticipant(actor.MemberId),
        _ => false
    };

    /// <summary>The visibilities an actor may see in every theme, before closed-theme participation is checked.</summary>
    public static IReadOnlyList<Visibility> OpenTo(Actor actor) =>
        actor.RunsTheForum ? [Visibility.Public, Visibility.Forum, Visibility.Closed]
        : actor.Is(Role.Member) ? [Visibility.Public, Visibility.Forum]
        : [Visibility.Public];

    public static readonly Refusal Unknown = Refusal.NotFound("Temaet findes ikke.");
}
