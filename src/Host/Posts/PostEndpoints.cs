using Microsoft.AspNetCore.Mvc;
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
    [EndpointSummary("Skriv et indlæg")]
    [EndpointDescription("Skriver et indlæg i temaet, eller et svar med `replyTo`. Temaets deltagere og sekretariatet. `personal: true` markerer, at teksten slettes, hvis du senere beder om at få dine personoplysninger slettet.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Publish(Guid id, PublishPost command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/posts");

    [WolverinePut("/api/posts/{id}", Name = "EditPost")]
    [EndpointSummary("Ret et indlæg")]
    [EndpointDescription("Retter dit eget indlæg. Send den `version`, du sidst læste; er indlægget ændret siden, er svaret 409. Svaret er indlægget, som `GET /api/posts/{id}` viser det.")]
    [ProducesResponseType<PostView>(200)]
    public static Task<IResult> Edit(Guid id, EditPost command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { PostId = id }, done => PostReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None));

    [WolverineDelete("/api/posts/{id}", Name = "RetractPost")]
    [EndpointSummary("Træk et indlæg tilbage")]
    [EndpointDescription("Trækker dit eget indlæg tilbage; tidslinjen viser, at det er sket.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Retract(Guid id, HttpContext http) => http.NoContentAsync(new RetractPost(id));

    [WolverinePost("/api/posts/{id}/hide", Name = "HidePost")]
    [EndpointSummary("Skjul et indlæg")]
    [EndpointDescription("Skjuler et indlæg for alle andre end sekretariatet, med en begrundelse. Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Hide(Guid id, HidePost command, HttpContext http) => http.NoContentAsync(command with { PostId = id });

    [WolverinePost("/api/posts/{id}/restore", Name = "RestorePost")]
    [EndpointSummary("Gør et skjult indlæg synligt")]
    [EndpointDescription("Gør et skjult indlæg synligt igen. Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Restore(Guid id, HttpContext http) => http.NoContentAsync(new RestorePost(id));
}

public static class PostQueries
{
    [WolverineGet("/api/posts/{id}", Name = "GetPost")]
    [EndpointSummary("Ét indlæg")]
    [EndpointDescription("Indlægget med forfatter og svar-til. Skjulte indlæg ses kun af sekretariatet; for andre er svaret 404.")]
    [ProducesResponseType<PostView>(200)]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await PostReads.GetAsync(session, id, actor, ct) is { } post ? Results.Ok(post) : Refusal.Unknown.ToResult();

    [WolverineGet("/api/themes/{id}/posts", Name = "ListPosts")]
    [EndpointSummary("Et temas indlæg")]
    [EndpointDescription("Temaets indlæg i den rækkefølge, de blev skrevet, side for side (`after` er det sidste id, du har fået).")]
    [ProducesResponseType<Page<PostView>>(200)]
    public static async Task<IResult> List(Guid id, Actor actor, IQuerySession session, Guid? after, int? limit, CancellationToken ct) =>
        await PostReads.ListAsync(session, id, actor, after, limit, ct) is { } page ? Results.Ok(page) : Refusal.Unknown.ToResult();
}
