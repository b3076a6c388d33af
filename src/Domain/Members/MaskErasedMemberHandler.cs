using Marten;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Members;

public static class MaskErasedMemberHandler
{
    /// <summary>
    /// Rewrites the member's own stream and every post or lesson they marked as personal, then brings the read
    /// models that copied that text (the item itself and its timeline entries) in line with the rewritten events.
    /// </summary>
    public static async Task Handle(MaskErasedMember message, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var posts = await session.Query<Post>().Where(p => p.AuthorId == message.MemberId && p.Personal).Select(p => p.Id).ToListAsync(ct);
        var lessons = await session.Events.QueryRawEventDataOnly<LessonRecorded>()
            .Where(e => e.AuthorId == message.MemberId && e.Personal).Select(e => e.LessonId).ToListAsync(ct);
        // The application that made them a member holds their name and Entra object id too.
        var applications = await session.Query<MembershipApplication>().Where(a => a.MemberId == message.MemberId).Select(a => a.Id).ToListAsync(ct);

        await store.Advanced.ApplyEventDataMasking(x =>
        {
            x.IncludeStream(message.MemberId);
            foreach (var id in posts.Concat(lessons).Concat(applications)) x.IncludeStream(id);
        }, ct);

        var timeline = new TimelineProjection();
        foreach (var id in posts.Concat(lessons))
            foreach (var e in await session.Events.FetchStreamAsync(id, token: ct))
                await timeline.ApplyAsync(session, e, ct);
        foreach (var id in posts)
            if (await session.Events.AggregateStreamAsync<Post>(id, token: ct) is { } post) session.Store(post);
        foreach (var id in lessons)
            if (await session.Events.AggregateStreamAsync<LessonView>(id, token: ct) is { } lesson) session.Store(lesson);
        foreach (var id in applications)
            if (await session.Events.AggregateStreamAsync<MembershipApplication>(id, token: ct) is { } application) session.Store(application);
        await session.SaveChangesAsync(ct);
    }
}
