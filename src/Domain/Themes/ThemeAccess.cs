using Marten;
using System.Diagnostics.CodeAnalysis;

namespace Politikerforum.Domain.Themes;

/// <summary>Who may see a theme, and so everything inside it. Every door asks here.</summary>
public static class ThemeAccess
{
    public static bool CanSee([NotNullWhen(true)] this Theme? theme, Actor actor) =>
        theme is not null && CanSee(theme.Visibility, actor, () => theme.HasParticipant(actor.MemberId));

    /// <summary>The same rule for a theme known by what the rules need of it for the actor (<see cref="ThemeStanding"/>).</summary>
    public static bool CanSee([NotNullWhen(true)] this ThemeStanding? theme, Actor actor) =>
        theme is not null && CanSee(theme.Visibility, actor, () => theme.Participates);

    private static bool CanSee(Visibility visibility, Actor actor, Func<bool> participates) => visibility switch
    {
        _ when actor.RunsTheForum => true,
        Visibility.Public => true,
        Visibility.Forum => actor.Is(Role.Member),
        Visibility.Closed => participates(),
        _ => false
    };

    /// <summary>The visibilities an actor may see in every theme, before closed-theme participation is checked.</summary>
    public static IReadOnlyList<Visibility> OpenTo(Actor actor) =>
        actor.RunsTheForum ? [Visibility.Public, Visibility.Forum, Visibility.Closed]
        : actor.Is(Role.Member) ? [Visibility.Public, Visibility.Forum]
        : [Visibility.Public];
}

/// <summary>The same rule as <see cref="ThemeAccess.CanSee"/>, as a query: for lists of things inside themes, which filter silently.</summary>
public static class VisibleThemes
{
    public static IQueryable<Theme> For(IQuerySession session, Actor actor)
    {
        var open = ThemeAccess.OpenTo(actor).ToArray();
        var memberId = actor.MemberId ?? Guid.Empty;
        return session.Query<Theme>().Where(t => open.Contains(t.Visibility) || t.Participants.Any(p => p.MemberId == memberId));
    }

    /// <param name="only">A single theme asked for, if any.</param>
    public static async Task<Guid[]> IdsAsync(IQuerySession session, Actor actor, Guid? only, CancellationToken ct)
    {
        var query = For(session, actor);
        if (only is { } id) query = query.Where(t => t.Id == id);
        return (await query.Select(t => t.Id).ToListAsync(ct)).ToArray();
    }
}
