using JasperFx.Events;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
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

    private readonly HashSet<Guid>? _wanted;
    private readonly Dictionary<Guid, Theme> _themes = [];
    private readonly Dictionary<Guid, LessonView> _lessons = [];
    private readonly Dictionary<Guid, Post> _posts = [];
    private ActorNames? _names;

    private IntegratorView(HashSet<Guid>? wanted) => _wanted = wanted;

    /// <summary>
    /// Maps the page once seeing everything, only to learn which themes, items and people it names; loads those in
    /// a few queries; and hands back the view that decides.
    /// </summary>
    public static async Task<IntegratorView> LoadAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var collecting = new IntegratorView([]);
        foreach (var e in events) PublicEvents.Of(e, collecting);
        var ids = collecting._wanted!.ToArray();
        var view = new IntegratorView(null);
        foreach (var theme in await session.LoadManyAsync<Theme>(ct, ids)) view._themes[theme.Id] = theme;
        foreach (var lesson in await session.LoadManyAsync<LessonView>(ct, ids)) view._lessons[lesson.Id] = lesson;
        foreach (var post in await session.LoadManyAsync<Post>(ct, ids)) view._posts[post.Id] = post;
        view._names = await ActorNames.LoadAsync(session, ids, ct);
        return view;
    }

    public bool SeesTheme(Guid themeId) => Want(themeId) || _themes.GetValueOrDefault(themeId).CanSee(Integrator);

    /// <summary>A lesson is published only if its theme is public and it was shared publicly (never forum-only or Chatham House).</summary>
    public ItemShown Lesson(Guid lessonId) =>
        Want(lessonId) ? ItemShown.Visible
        : _lessons.GetValueOrDefault(lessonId) is not { } lesson || !_themes.GetValueOrDefault(lesson.ThemeId).CanSee(lesson.Confidentiality, Integrator)
            ? ItemShown.Unreadable
        : !Moderating.CanSee(lesson.Hidden, null, Integrator) ? ItemShown.Hidden
        : ItemShown.Visible;

    public ItemShown Post(Guid postId) =>
        Want(postId) ? ItemShown.Visible
        : _posts.GetValueOrDefault(postId) is not { } post ? ItemShown.Unreadable
        : !Moderating.CanSee(post.Hidden, post.AuthorId, Integrator) ? ItemShown.Hidden
        : post.IsRetracted ? ItemShown.Retracted
        : ItemShown.Visible;

    /// <summary>Whoever appended the event, in the role they acted in.</summary>
    public Person Actor(Guid id, IEvent e) => Show(id, EventActor.RoleOf(e));

    /// <summary>A member named in the event (a participant, an endorser), whoever appended it.</summary>
    /// <param name="level">The level and body the event records for them, where it does (they may have moved since).</param>
    public Person Member(Guid id, Level? level = null, string? body = null)
    {
        var shown = Show(id, "member");
        return level is null || Erased(shown) ? shown : shown with { Level = level, Body = body };
    }

    private Person Show(Guid id, string? role)
    {
        Want(id);
        if (_names is null) return Placeholder;
        var shown = Person.Of(_names.Show(id, role));
        // An erased member is no one: not even their level and body, which can single a person out.
        return Erased(shown) ? shown with { Level = null, Body = null } : shown;
    }

    private static bool Erased(Person person) => person.Role == "member" && person.Name == Erasing.FormerMember;

    private static readonly Person Placeholder = new("", null, null, "");

    /// <summary>While collecting, notes the id and answers as if everything were visible, so every id is reached.</summary>
    private bool Want(Guid id) => _wanted?.Add(id) is not null;
}
