using Marten;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Domain.Themes;

public static class LevelsReads
{
    /// <summary>
    /// Participants, posts, experiments, lessons and decisions per level; absent levels; the most active bodies.
    /// Only what the actor may read counts, so the picture never gives away a hidden post or a lesson kept from them.
    /// Null when the actor may not see the theme.
    /// </summary>
    public static async Task<LevelsPicture?> GetAsync(IQuerySession session, Guid themeId, Actor actor, CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(themeId, ct);
        if (!theme.CanSee(actor)) return null;

        var posts = await session.Query<Post>().Where(p => p.ThemeId == themeId).ShownTo(actor).ToListAsync(ct);
        var lessons = await session.LessonsReadableBy(actor).Where(l => l.ThemeId == themeId).ShownTo(actor).ToListAsync(ct);
        var decisions = await session.Query<Decision>().Where(d => d.ThemeId == themeId).ToListAsync(ct);
        var experiments = await session.Query<Experiment>().Where(e => e.ThemeId == themeId).ToListAsync(ct);
        var commitments = await session.Query<Commitment>().Where(c => c.ThemeId == themeId).ToListAsync(ct);
        var people = posts.Select(p => p.AuthorId).Concat(lessons.Select(l => l.AuthorId ?? Guid.Empty))
            .Concat(decisions.Select(d => d.ProposedBy)).Concat(experiments.Select(e => e.ProposedBy));
        var members = (await session.LoadManyAsync<Member>(ct, people.Distinct().ToArray())).ToDictionary(m => m.Id);

        var contributions = CrossLevel.From(members, posts, lessons, decisions, experiments, commitments).ToList();
        var participants = theme.Present(await ActorNames.LoadAsync(session, theme.Participants.Select(p => p.MemberId), ct));
        return CrossLevel.Of(theme.Id, participants, contributions, lessons.Count(l => l.AuthorId is null));
    }
}
