using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Posts;

public static class PostEndpoints
{
    [WolverinePost("/api/themes/{id}/posts", Name = "PublishPost")]
    public static Task<IResult> Publish(Guid id, PublishPost command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/posts");

    [WolverinePut("/api/posts/{id}", Name = "EditPost")]
    public static Task<IResult> Edit(Guid id, EditPost command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { PostId = id }, done => PostReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None));

    [WolverineDelete("/api/posts/{id}", Name = "RetractPost")]
    public static Task<IResult> Retract(Guid id, HttpContext http) => http.NoContentAsync(new RetractPost(id));

    [WolverinePost("/api/posts/{id}/hide", Name = "HidePost")]
    public static Task<IResult> Hide(Guid id, HidePost command, HttpContext http) => http.NoContentAsync(command with { PostId = id });

    [WolverinePost("/api/posts/{id}/restore", Name = "RestorePost")]
    public static Task<IResult> Restore(Guid id, HttpContext http) => http.NoContentAsync(new RestorePost(id));
}

public static class PostQueries
{
    [WolverineGet("/api/posts/{id}", Name = "GetPost")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await PostReads.GetAsync(session, id, actor, ct) is { } post ? Results.Ok(post) : Refusal.Unknown.ToResult();

    [WolverineGet("/api/themes/{id}/posts", Name = "ListPosts")]
    public static async Task<IResult> List(Guid id, Actor actor, IQuerySession session, Guid? after, int? limit, CancellationToken ct) =>
        await PostReads.ListAsync(session, id, actor, after, limit, ct) is { } page ? Results.Ok(page) : Refusal.Unknown.ToResult();
}
