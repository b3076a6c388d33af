using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Themes;

public static class LevelsQuery
{
    /// <summary>Participants, posts, experiments, lessons and decisions per level; absent levels; the most active bodies.</summary>
    [WolverineGet("/api/themes/{id}/levels", Name = "ThemeLevels")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(id, ct);
        if (theme is null || !theme.CanSee(actor)) return ThemeAccess.Unknown.ToResult();

        // Hidden posts and lessons count only for those who run the forum, as only they see them all.
        var posts = (await session.Query<Post>().Where(p => p.ThemeId == id).ToListAsync(ct))
            .Where(p => p.Hidden is null || actor.RunsTheForum).ToList();
        var lessons = (await session.LessonsReadableBy(actor).Where(l => l.ThemeId == id).ToListAsync(ct))
            .Where(l => l.Hidden is null || actor.RunsTheForum).ToList();
        var decisions = await session.Query<Decision>().Where(d => d.ThemeId == id).ToListAsync(ct);
        var experiments = await session.Query<Experiment>().Where(e => e.ThemeId == id).ToListAsync(ct);
        var commitments = await session.Query<Commitment>().Where(c => c.ThemeId == id).ToListAsync(ct);
        var people = posts.Select(p => p.AuthorId).Concat(lessons.Select(l => l.AuthorId ?? Guid.Empty))
            .Concat(decisions.Select(d => d.ProposedBy)).Concat(experiments.Select(e => e.ProposedBy));
        var members = (await session.LoadManyAsync<Member>(ct, people.Distinct().ToArray())).ToDictionary(m => m.Id);

        var contributions = CrossLevel.From(members, posts, lessons, decisions, experiments, commitments).ToList();
        return Results.Ok(CrossLevel.Of(theme, contributions, lessons.Count(l => l.AuthorId is null)));
    }
}
