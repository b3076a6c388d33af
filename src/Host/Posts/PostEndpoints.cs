using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Posts;

public static class PublishPostEndpoint
{
    public static async Task<Post?> LoadAsync(PublishPost command, IQuerySession session, CancellationToken ct) =>
        command.ReplyTo is { } replyTo ? await session.LoadAsync<Post>(replyTo, ct) : null;

    public static ProblemDetails Validate(Theme theme, Post? replyTo, PublishPost command, Actor actor) =>
        Publishing.Refuses(theme, replyTo, command, actor).ToProblem();

    /// <summary>Each post starts its own stream: the theme's stream is only read, never written, when people post.</summary>
    [WolverinePost("/api/themes/{id}/posts", Name = "PublishPost")]
    public static (Created, IStartStream) Post(
        PublishPost command, [ReadAggregate] Theme theme, Post? replyTo, Actor actor, TimeProvider clock)
    {
        var published = Publishing.Decide(Guid.CreateVersion7(), theme, replyTo, command, actor, clock.GetUtcNow());
        return (Created.At("/api/posts", published.PostId),
            MartenOps.StartStream<Post>(published.PostId, published));
    }
}

public static class EditPostEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Post post, EditPost command, Actor actor, IQuerySession session, CancellationToken ct) =>
        Editing.Refuses(post, await session.ThemeOfAsync(post, ct), command, actor).ToProblem();

    [WolverinePut("/api/posts/{id}", Name = "EditPost")]
    public static (UpdatedAggregate, PostEdited) Put(EditPost command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Post post, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), Editing.Decide(post, command, actor, clock.GetUtcNow()));
}

public static class RetractPostEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Post post, Actor actor, IQuerySession session, CancellationToken ct) =>
        Retracting.Refuses(post, await session.ThemeOfAsync(post, ct), actor).ToProblem();

    [WolverineDelete("/api/posts/{id}", Name = "RetractPost"), EmptyResponse]
    public static PostRetracted Delete([WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Post post, Actor actor, TimeProvider clock) =>
        Retracting.Decide(post, actor, clock.GetUtcNow());
}

public static class PostQueries
{
    [WolverineGet("/api/posts/{id}", Name = "GetPost")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        return await session.VisibleAsync<Post>(id, actor, ct) is { } found && found.Theme.CanSee(found.Item, actor)
            ? Results.Ok(found.Item)
            : Refusal.NotFound("Indlægget findes ikke.").ToResult();
    }

    /// <summary>
    /// The posts of a theme, oldest first; replies carry their thread and the post they answer.
    /// Hidden posts are left out, except for their author and the secretariat.
    /// </summary>
    [WolverineGet("/api/themes/{id}/posts", Name = "ListPosts")]
    public static async Task<IResult> List(Guid id, Actor actor, IQuerySession session, Guid? after, int? limit, CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(id, ct);
        if (theme is null || !theme.CanSee(actor)) return ThemeAccess.Unknown.ToResult();

        var query = session.Query<Post>().Where(p => p.ThemeId == id);
        if (actor.Id == Guid.Empty && !actor.RunsTheForum) query = query.Where(p => p.Hidden == null);
        else if (!actor.RunsTheForum) query = query.Where(p => p.Hidden == null || p.AuthorId == actor.Id);
        if (after is { } cursor) query = query.Where(p => p.Id > cursor);
        return Results.Ok(await Page.FetchAsync(query.OrderBy(p => p.Id), limit, p => p.Id.ToString(), ct));
    }
}
