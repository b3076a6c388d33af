using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Load.Seeding;

/// <summary>One stream of each kind the forum holds, in the shapes its commands produce.</summary>
public sealed partial class EventSeeder
{
    private readonly Dictionary<Guid, PostPublished> _lastPost = [];

    private Task RegisterAsync(BenchMember m, CancellationToken ct) =>
        StartAsync<Member>(m.Id, null,
            [Stamped(new MemberRegistered(m.Id, $"Bench-medlem {m.ObjectId[^2..]}", $"{m.ObjectId}@example.dk", m.Level, m.Body, null, m.ObjectId, Admin, Now), Admin, "admin")],
            ct);

    /// <summary>
    /// Every bench member takes part in every theme, so each load client may write anywhere. Every other theme is public,
    /// so the integrator feed has events to send, not only ones to pass over.
    /// </summary>
    private Task OpenThemeAsync(Guid id, string title, Visibility visibility, CancellationToken ct)
    {
        var opener = shape.Members[0];
        var opened = Stamped(new ThemeOpened(id, title, Texts.Paragraph(_random), visibility, opener.Id, Now), opener.Id);
        var joined = shape.Members.Select(m => Stamped(new ParticipantJoined(id, m.Id, m.Level, m.Body, opener.Id, Now), opener.Id));
        return StartAsync<Theme>(id, id, [opened, .. joined], ct);
    }

    /// <summary>Half the posts start a thread; the other half answer the theme's latest post.</summary>
    private async Task PostAsync(Guid theme, CancellationToken ct)
    {
        var author = AnyMember();
        var id = Guid.CreateVersion7();
        var replyTo = _random.Next(2) == 0 ? _lastPost.GetValueOrDefault(theme) : null;
        var published = new PostPublished(id, theme, replyTo?.ThreadId ?? id, replyTo?.PostId, Texts.Paragraph(_random), author.Id, Now);
        _lastPost[theme] = published;
        await StartAsync<Post>(id, theme, [Stamped(published, author.Id)], ct);
    }

    private Task LessonAsync(Guid theme, CancellationToken ct)
    {
        var author = AnyMember();
        var id = Guid.CreateVersion7();
        var recorded = new LessonRecorded(id, theme, "Erfaring fra forsøget", Texts.Paragraph(_random), (LessonKind)_random.Next(3),
            ["samarbejde", "tværgående"], Confidentiality.Forum, null, null, author.Id, author.Level, Now);
        return StartAsync<Lesson>(id, theme, [Stamped(recorded, author.Id)], ct);
    }

    /// <summary>A decision still open for positions: its deadline lies two months ahead of the real clock.</summary>
    private async Task<Guid> ProposeAsync(Guid theme, int positions, CancellationToken ct)
    {
        var proposer = AnyMember();
        var id = Guid.CreateVersion7();
        const string title = "Fælles koordinator";
        var proposed = Stamped(new DecisionProposed(id, theme, title, Texts.Paragraph(_random), _now.AddDays(60),
            [Level.Kommune, Level.Region], proposer.Id, Now), proposer.Id);
        var taken = Enumerable.Range(0, positions).Select(_ => AnyMember()).Select(m => Stamped(Position(id, theme, title, m), m.Id));
        await StartAsync<Decision>(id, theme, [proposed, .. taken], ct);
        return id;
    }

    /// <summary>A running experiment that ends a year after the real clock, so the load may note progress on it.</summary>
    private async Task<Guid> ExperimentAsync(Guid theme, int notes, CancellationToken ct)
    {
        var proposer = AnyMember();
        var id = Guid.CreateVersion7();
        const string title = "Delt vagtplan";
        var proposed = Stamped(new ExperimentProposed(id, theme, title, Texts.Paragraph(_random), [proposer.Body], [proposer.Level],
            DateOnly.FromDateTime(_now.UtcDateTime).AddYears(1), proposer.Id, Now), proposer.Id);
        var started = Stamped(new ExperimentStarted(id, theme, title, proposer.Id, Now), proposer.Id);
        var noted = Enumerable.Range(0, notes).Select(_ => AnyMember()).Select(m => Stamped(Note(id, theme, title, m), m.Id));
        await StartAsync<Experiment>(id, theme, [proposed, started, .. noted], ct);
        return id;
    }
}
