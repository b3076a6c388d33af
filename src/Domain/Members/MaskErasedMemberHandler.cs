using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Members;

public static class MaskErasedMemberHandler
{
    /// <summary>
    /// Forgets the remembered answers that mention the member, rewrites the member's own stream, every post or lesson
    /// they marked as personal and every Chatham House lesson of theirs that never named them (see
    /// <see cref="Erasing"/>), then brings the read models that copied personal text (the item itself and its timeline
    /// entries) in line with the rewritten events. A Chatham House lesson's read models hold nothing of its author, so
    /// they are left exactly as they were.
    /// </summary>
    public static async Task Handle(MaskErasedMember message, IDocumentStore store, RememberedOutcomes remembered, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        // First, while the member's events still say who they were; a retry after masking finds these rows gone already.
        await ForgetRememberedAnswersAsync(remembered, await session.Events.FetchStreamAsync(message.MemberId, token: ct), ct);

        var posts = await session.Query<Post>().Where(p => p.AuthorId == message.MemberId && p.Personal).Select(p => p.Id).ToListAsync(ct);
        var lessons = await session.Events.QueryRawEventDataOnly<LessonRecorded>()
            .Where(e => e.AuthorId == message.MemberId && e.Personal).Select(e => e.LessonId).ToListAsync(ct);
        // The application that made them a member holds their name and Entra object id too.
        var applications = await session.Query<MembershipApplication>().Where(a => a.MemberId == message.MemberId).Select(a => a.Id).ToListAsync(ct);
        var anonymous = await AnonymousLessonsAsync(session, message.MemberId, ct);

        // Masking rewrites data and headers; who appended each event is metadata of its own. Cleared before the masking,
        // which makes the lessons unfindable by their author: a retry after a failure in between still finds them.
        if (anonymous.Count > 0)
        {
            session.QueueSqlCommand($"update {ForumStore.Schema}.mt_events set user_name = null where stream_id = any(?) and user_name = ?",
                anonymous.ToArray(), message.MemberId.ToString());
            await session.SaveChangesAsync(ct);
        }
        await store.Advanced.ApplyEventDataMasking(x =>
        {
            x.IncludeStream(message.MemberId);
            foreach (var id in posts.Concat(lessons).Concat(applications).Concat(anonymous)) x.IncludeStream(id);
        }, ct);

        foreach (var id in posts.Concat(lessons))
            foreach (var e in await session.Events.FetchStreamAsync(id, token: ct))
                await TimelineProjection.RewriteAsync(session, e, ct);
        foreach (var id in posts)
            if (await session.Events.AggregateStreamAsync<Post>(id, token: ct) is { } post) session.Store(post);
        foreach (var id in lessons)
            if (await session.Events.AggregateStreamAsync<LessonView>(id, token: ct) is { } lesson) session.Store(lesson);
        foreach (var id in applications)
            if (await session.Events.AggregateStreamAsync<MembershipApplication>(id, token: ct) is { } application) session.Store(application);
        await session.SaveChangesAsync(ct);
    }

    private static Task ForgetRememberedAnswersAsync(RememberedOutcomes remembered, IReadOnlyList<IEvent> member, CancellationToken ct)
    {
        var registered = member.Select(e => e.Data).OfType<MemberRegistered>().SingleOrDefault();
        var updated = member.Select(e => e.Data).OfType<MemberProfileUpdated>().ToList();
        var objectId = registered?.EntraObjectId;
        return remembered.ForgetAsync(objectId,
            [.. updated.Select(u => u.Name).Prepend(registered?.Name).OfType<string>()],
            [.. updated.Select(u => u.Email).Prepend(registered?.Email).Append(objectId).OfType<string>()],
            Erasing.FormerMember, ct);
    }

    /// <summary>The member's Chatham House lessons that still hide their author: attributed ones are named, like any other.</summary>
    private static async Task<IReadOnlyList<Guid>> AnonymousLessonsAsync(IQuerySession session, Guid memberId, CancellationToken ct)
    {
        var written = await session.Events.QueryRawEventDataOnly<LessonRecorded>()
            .Where(e => e.AuthorId == memberId && e.Confidentiality == Confidentiality.ChathamHouse).Select(e => e.LessonId).ToListAsync(ct);
        if (written.Count == 0) return [];
        return [.. (await session.LoadManyAsync<LessonView>(ct, written.ToArray())).Where(v => v.AuthorId is null).Select(v => v.Id)];
    }
}
