using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using Marten;
using Politikerforum.Domain;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// Base for HTTP tests: a clean database per test, and a caller who can be anyone.
/// Requests go through the real pipeline (auth, Wolverine, Marten, PostgreSQL) in memory.
/// </summary>
[Collection(ForumCollection.Name)]
public abstract class ForumTest(ForumFixture fixture) : IAsyncLifetime
{
    protected IAlbaHost Host => fixture.Host;
    protected IDocumentStore Store => fixture.Store;
    protected Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => fixture.Clock;
    protected CapturedLogs Logs => fixture.Logs;
    protected IReadOnlyList<System.Diagnostics.Activity> Spans { get { lock (fixture.Spans) return fixture.Spans.ToList(); } }

    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ForumJson.Configure(options);
        return options;
    }

    public virtual async Task InitializeAsync()
    {
        // Background work of the previous test (the daemon, webhook deliveries, notices) may still hold rows the reset
        // deletes; when PostgreSQL breaks such a deadlock by refusing the reset, the reset simply goes again.
        for (var attempt = 1; ; attempt++)
        {
            try { await Host.ResetAllMartenDataAsync(); break; }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DeadlockDetected && attempt < 5) { }
        }
        // The reset wipes the registry without an event, so the callers the host remembers are forgotten by hand.
        Registry.Forget();
        // Scheduled messages are kept in PostgreSQL too; Marten's reset leaves them, so a test would inherit another's deadlines.
        await Host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.ClearAllAsync();
        // So are remembered idempotent responses.
        await using var session = Store.LightweightSession();
        session.QueueSqlCommand($"delete from {Politikerforum.Domain.Commands.IdempotencyTable.Name}");
        await session.SaveChangesAsync();
    }
    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected Caller As(string role, string objectId) => new(Host, Tokens.For(role, objectId));
    protected Caller Admin => As("admin", "admin-oid");
    protected Caller Secretariat => As("secretariat", "secretariat-oid");
    protected Caller Integrator => As("integrator", "integrator-oid");
    protected Caller Anonymous => new(Host, null);

    /// <summary>
    /// Rebuilds read models as ops/projections rebuild does: through a store of its own (in production, its own process).
    /// A projection daemon built on the host's store shares the host's progress tracker and writes the host's progress
    /// rows as well; once a test's reset had deleted them, it wrote the webhook relay's row under the relay, whose own
    /// insert then failed on the duplicate key and stopped it for the next test.
    /// </summary>
    protected async Task RebuildAsync(Func<IDocumentStore, IEnumerable<string>> names)
    {
        await using var store = DocumentStore.For(opts =>
        {
            opts.Connection(((Weasel.Postgresql.PostgresqlDatabase)Store.Storage.Database).DataSource);
            ForumStore.Configure(opts);
            opts.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        });
        await ProjectionRebuilds.RunAsync(store, names(store), (_, rebuilding) => rebuilding, CancellationToken.None);
    }

    /// <summary>The callers and names this host remembers between requests, forgotten on every registry change.</summary>
    protected RegistryCache Registry => Host.Services.GetRequiredService<RegistryCache>();

    /// <summary>Until the node hears the registry's changes it remembers nothing, and a test of remembering would prove nothing.</summary>
    protected Task HearingRegistryChangesAsync() =>
        Poll.UntilAsync(() => Registry.IsHearing, TimeSpan.FromSeconds(10), () => "the host never listened for registry changes");

    /// <summary>
    /// Identifies the caller until the host remembers them. The test's own registration is announced by PostgreSQL too,
    /// and on a loaded machine that notification can reach this node after the first identification and make it forget,
    /// rightly; so one identification proves nothing either way. A host that never remembers fails at the deadline.
    /// </summary>
    protected Task RememberedAsync(string objectId, Func<Task> identify, string what) =>
        Poll.UntilAsync(async () =>
        {
            await identify();
            return Registry.Knows(objectId);
        }, TimeSpan.FromSeconds(10), () => what);

    /// <summary>Registers a member and returns them as a caller with their id.</summary>
    protected async Task<(Guid Id, Caller Caller)> MemberAsync(
        string name = "Mette Holm", string level = "kommune", string body = "Aarhus Kommune", string? objectId = null,
        string party = "A")
    {
        objectId ??= $"oid-{Guid.NewGuid():N}";
        var id = await Admin.CreateAsync("/api/members", new { name, email = $"{objectId}@example.dk", level, body, party, entraObjectId = objectId });
        return (id, As("member", objectId));
    }

    /// <summary>A member who opened a forum theme and wrote one post in it.</summary>
    protected async Task<(Guid ThemeId, Guid PostId, Caller Author)> AuthorOfAPostAsync(string text = "Første udkast")
    {
        var (_, author) = await MemberAsync();
        var themeId = await author.OpenThemeAsync();
        return (themeId, await author.PublishAsync(themeId, text), author);
    }

    protected Task<long> EventCountAsync() =>
        Store.QuerySession().Events.QueryAllRawEvents().LongCountAsync();
}

/// <summary>Someone calling the API: a token (or none) and the plain HTTP verbs.</summary>
public sealed class Caller(Func<HttpClient> clients, string? token)
{
    public Caller(IAlbaHost host, string? token) : this(host.Server.CreateClient, token) { }

    /// <summary>A caller of a host in a process of its own, listening at <paramref name="url"/>.</summary>
    public Caller(string url, string? token) : this(() => new HttpClient(Network, disposeHandler: false) { BaseAddress = new Uri(url) }, token) { }

    private static readonly SocketsHttpHandler Network = new();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? idempotencyKey = null,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var client = clients();
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (body is string raw) request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        else if (body is byte[] bytes) request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") } };
        else if (body is not null) request.Content = JsonContent.Create(body, options: ForumTest.Json);
        return await client.SendAsync(request, completion);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);
    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body ?? new { });
    public Task<HttpResponseMessage> PostAsync(string url, object body, string idempotencyKey) => SendAsync(HttpMethod.Post, url, body, idempotencyKey);
    public Task<HttpResponseMessage> PutAsync(string url, object body) => SendAsync(HttpMethod.Put, url, body);
    public Task<HttpResponseMessage> DeleteAsync(string url) => SendAsync(HttpMethod.Delete, url);

    /// <summary>POSTs and expects 201 with a Location header and the new id in the body.</summary>
    public async Task<Guid> CreateAsync(string url, object body)
    {
        var response = await PostAsync(url, body);
        await response.ShouldHaveStatusAsync(201);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(ForumTest.Json);
        var id = created.GetProperty("id").GetGuid();
        Assert.EndsWith(id.ToString(), response.Headers.Location!.ToString());
        return id;
    }

    public async Task<T> ReadAsync<T>(string url)
    {
        var response = await GetAsync(url);
        await response.ShouldHaveStatusAsync(200);
        return (await response.Content.ReadFromJsonAsync<T>(ForumTest.Json))!;
    }
}

public static class ResponseAssertions
{
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
    }

    /// <summary>Asserts an RFC 9457 problem with the status, and returns it for further checks.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, int status)
    {
        await response.ShouldHaveStatusAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ForumTest.Json);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>
    /// Asserts the one 404 the forum gives for everything unknown or invisible (<see cref="Refusal.Unknown"/>), whatever
    /// the kind of item, and returns it.
    /// </summary>
    public static async Task<JsonElement> ShouldBeUnknownAsync(this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(404);
        Assert.Equal(Refusal.Unknown.Detail, problem.Detail());
        Assert.Equal("Findes ikke", problem.GetProperty("title").GetString());
        return problem;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    /// <summary>The first message for a field of a 400 problem; fails when the field has none.</summary>
    public static string FieldError(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    public static string? Text(this JsonElement json, string property) => json.GetProperty(property).GetString();
}
