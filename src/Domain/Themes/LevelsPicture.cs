using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Domain.Themes;

public sealed record LevelActivity(
    Level Level, int Participants, int Posts, int Experiments, int Lessons, int Decisions, int Positions, int Commitments);

public sealed record BodyActivity(string Body, Level Level, int Contributions);

/// <param name="AnonymousLessons">Chatham House lessons: counted here, never under a level, which could point to their author.</param>
public sealed record LevelsPicture(
    Guid ThemeId, IReadOnlyList<LevelActivity> Levels, IReadOnlyList<Level> AbsentLevels, int AnonymousLessons,
    IReadOnlyList<BodyActivity> MostActiveBodies);

/// <summary>What each level of government brings to a theme, and who is missing: the forum's cross-level picture.</summary>
public static class CrossLevel
{
    /// <summary>
    /// Everything in the theme that someone from a level and body did, as (level, body, kind). A contribution
    /// without a body (an experiment's involved level) counts for the level only.
    /// </summary>
    public sealed record Contribution(Level Level, string Body, string Kind);

    public const string Post = "post", Experiment = "experiment", Lesson = "lesson", Decision = "decision",
        Position = "position", Commitment = "commitment", ExperimentProposal = "experiment-proposal";

    public static IEnumerable<Contribution> From(
        IReadOnlyDictionary<Guid, Member> members, IEnumerable<Post> posts, IEnumerable<LessonView> lessons, IEnumerable<Decision> decisions,
        IEnumerable<Experiment> experiments, IEnumerable<Commitment> commitments)
    {
        Contribution? By(Guid memberId, string kind) =>
            members.TryGetValue(memberId, out var m) ? new Contribution(m.Level, m.Body, kind) : null;

        return posts.Where(p => !p.IsRetracted).Select(p => By(p.AuthorId, Post))
            .Concat(lessons.Where(l => l.AuthorId is not null).Select(l => By(l.AuthorId!.Value, Lesson)))
            .Concat(decisions.Select(d => By(d.ProposedBy, Decision)))
            .Concat(decisions.SelectMany(d => d.Positions).Select(p => new Contribution(p.Level, p.Body, Position)))
            // An experiment counts for every level it involves, and for the body of whoever proposed it.
            .Concat(experiments.SelectMany(e => e.Levels.Select(level => new Contribution(level, "", Experiment))))
            .Concat(experiments.Select(e => By(e.ProposedBy, ExperimentProposal)))
            .Concat(commitments.Select(c => new Contribution(c.FromLevel, c.FromBody, Commitment)))
            .OfType<Contribution>();
    }

    /// <param name="participants">The theme's participants as the lists show them (<see cref="Participation"/>).</param>
    public static LevelsPicture Of(
        Guid themeId, IReadOnlyList<Participant> participants, IReadOnlyList<Contribution> contributions, int anonymousLessons, int mostActive = 5)
    {
        int Count(Level level, string kind) => contributions.Count(c => c.Level == level && c.Kind == kind);
        return new LevelsPicture(
            themeId,
            Levels.All.Select(level => new LevelActivity(level, participants.Count(p => p.Level == level),
                Count(level, Post), Count(level, Experiment), Count(level, Lesson), Count(level, Decision), Count(level, Position),
                Count(level, Commitment))).ToList(),
            Levels.All.Where(level => participants.All(p => p.Level != level)).ToList(),
            anonymousLessons,
            contributions.Where(c => c.Body.Length > 0).GroupBy(c => (c.Body, c.Level))
                .Select(g => new BodyActivity(g.Key.Body, g.Key.Level, g.Count()))
                .OrderByDescending(b => b.Contributions).ThenBy(b => b.Body, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), false))
                .Take(mostActive).ToList());
    }
}
