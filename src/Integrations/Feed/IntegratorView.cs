using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Feed;

public enum ItemShown { Visible, Retracted, Hidden, Unreadable }

/// <summary>
/// What an integrator may see of a page of events, decided by the forum's own read rules (<see cref="ThemeAccess"/>,
/// <see cref="LessonAccess"/>, <see cref="Moderating"/>, <see cref="ActorNames"/>) against the read models as they
/// stand when the page is read or sent: a theme made forum-only, a hidden post or an erased member leaves the feed
/// from then on. Whoever asks, the feed is this view: it leaves the forum, so it carries only what may leave it.
/// </summary>
public sealed class IntegratorView
{
    public static readonly Actor Integrator = new(Guid.Empty, new HashSet<Role> { Role.Integrator });

    private readonly Wanted? _wanted;
    private readonly Dictionary<Guid, Theme> _themes = [];
    private readonly Dictionary<Guid, (Guid ThemeId, Confidentiality Confidentiality, bool Hidden)> _lessons = [];
    private readonly HashSet<Guid> _hiddenPosts = [], _retractedPosts = [];
    private ActorNames? _names;

    /// <summary>The ids a page names, by kind, collected before anything is loaded.</summary>
    private sealed record Wanted(HashSet<Guid> Themes, HashSet<Guid> Lessons, HashSet<Guid> Posts, HashSet<Guid> People);

    private IntegratorView(Wanted? wanted) => _wanted = wanted;

    /// <summary>
    /// Maps the page once seeing everything, only to learn which themes, items and people it names; loads what decides
    /// about those in a few narrow queries (of posts, only the few that are hidden or retracted); and hands back the
    /// view that decides.
    /// </summary>
    public static async Task<IntegratorView> LoadAsync(IQuerySession session, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var collecting = new IntegratorView(new Wanted([], [], [], []));
        foreach (var e in events) PublicEvents.Of(e, collecting);
        var wanted = collecting._wanted!;
        var view = new IntegratorView(null);
        foreach (var theme in await session.LoadManyAsync<Theme>(ct, wanted.Themes)) view._themes[theme.Id] = theme;
        if (wanted.Lessons.Count > 0)
        {
            var lessons = wanted.Lessons.ToArray();
            // Plain members only: Marten selects those in SQL, where a computed one (Hidden != null) made it load whole
            // documents and compile the projection on every page.
            foreach (var l in await session.Query<LessonView>().Where(l => lessons.Contains(l.Id))
                         .Select(l => new { l.Id, l.ThemeId, l.Confidentiality, l.Hidden }).ToListAsync(ct))
                view._lessons[l.Id] = (l.ThemeId, l.Confidentiality, l.Hidden != null);
        }
        if (wanted.Posts.Count > 0)
        {
            var posts = wanted.Posts.ToArray();
            foreach (var p in await session.Query<Post>().Where(p => posts.Contains(p.Id) && (p.Hidden != null || p.RetractedAt != null))
                         .Select(p => new { p.Id, p.Hidden }).ToListAsync(ct))
                (p.Hidden != null ? view._hiddenPosts : view._retractedPosts).Add(p.Id);
        }
        view._names = await ActorNames.LoadAsync(session, wanted.People, ct);
        return view;
    }

    public bool SeesTheme(Guid themeId) => Want(_wanted?.Themes, themeId) || _themes.GetValueOrDefault(themeId).CanSee(Integrator);

    /// <summary>A lesson is published only if its theme is public and it was shared publicly (never forum-only or Chatham House).</summary>
    public ItemShown Lesson(Guid lessonId) =>
        Want(_wanted?.Lessons, lessonId) ? ItemShown.Visible
        : !_lessons.TryGetValue(lessonId, out var lesson) || !_themes.GetValueOrDefault(lesson.ThemeId).CanSee(lesson.Confidentiality, Integrator)
            ? ItemShown.Unreadable
        : !Moderating.CanSee(lesson.Hidden ? Hidden : null, null, Integrator) ? ItemShown.Hidden
        : ItemShown.Visible;

    /// <summary>Posts are read from the inline <see cref="Post"/> model, which every appended post has.</summary>
    public ItemShown Post(Guid postId) =>
        Want(_wanted?.Posts, postId) ? ItemShown.Visible
        : _hiddenPosts.Contains(postId) && !Moderating.CanSee(Hidden, null, Integrator) ? ItemShown.Hidden
        : _retractedPosts.Contains(postId) ? ItemShown.Retracted
        : ItemShown.Visible;

    /// <summary>Stands for any hiding: whether an integrator sees hidden content does not depend on why or when it was hidden.</summary>
    private static readonly Hiding Hidden = new("", DateTimeOffset.MinValue);

    /// <summary>Whoever appended the event, in the role they acted in.</summary>
    public Person Actor(Guid id, StoredEvent e) => Show(id, e.Role);

    /// <summary>A member named in the event (a participant, an endorser), whoever appended it.</summary>
    /// <param name="level">The level and body the event records for them, where it does (they may have moved since).</param>
    public Person Member(Guid id, Level? level = null, string? body = null)
    {
        var shown = Show(id, "member");
        return level is null || Erased(shown) ? shown : shown with { Level = level, Body = body };
    }

    private Person Show(Guid id, string? role)
    {
        Want(_wanted?.People, id);
        if (_names is null) return Placeholder;
        var shown = Person.Of(_names.Show(id, role));
        // An erased member is no one: not even their level and body, which can single a person out.
        return Erased(shown) ? shown with { Level = null, Body = null } : shown;
    }

    private static bool Erased(Person person) => person.Role == "member" && person.Name == Erasing.FormerMember;

    private static readonly Person Placeholder = new("", null, null, "");

    /// <summary>While collecting, notes the id and answers as if everything were visible, so every id is reached.</summary>
    private static bool Want(HashSet<Guid>? wanted, Guid id) => wanted?.Add(id) is not null;
}
