using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Themes;

/// <summary>The themes a caller may see, for lists of things inside themes: they filter silently.</summary>
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
