using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

/// <summary>
/// Every command, sent through the HTTP door and through the in-process door the bot and the web pages use, by the
/// same person with the same input, each on a forum of its own built the same way: the two must append the same
/// events (with the same actor) and refuse with the same kind and the same Danish text.
/// </summary>
public sealed partial class when_a_command_comes_through_either_door(ForumFixture fixture) : ForumTest(fixture)
{
    public static TheoryData<string> Rows() => [.. DoorRows.All.Select(r => r.Name)];

    private sealed record Result(string Refusal, IReadOnlyList<string> Events);

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task both_doors_append_the_same_events_and_refuse_alike(string name)
    {
        var row = DoorRows.All.Single(r => r.Name == name);

        var overHttp = await OverHttpAsync(await row.Given(Context()));
        var inProcess = await InProcessAsync(await row.Given(Context()));

        // A refusal may name an item by id (how to join names the theme), and the two forums have different ids.
        Assert.Equal(Guids().Replace(overHttp.Refusal, "{id}"), Guids().Replace(inProcess.Refusal, "{id}"));
        Assert.Equal(overHttp.Events, inProcess.Events);
        Assert.True(overHttp.Events.Count > 0 || overHttp.Refusal.Length > 0, "The row neither wrote nor was refused.");
    }

    [Fact]
    public void every_command_has_a_row()
    {
        var commands = new[] { typeof(ICommand).Assembly, typeof(Politikerforum.Integrations.IntegratorSetup).Assembly }.SelectMany(a => a.GetTypes()).Where(t => t.IsAssignableTo(typeof(ICommand)) && !t.IsAbstract && !t.IsInterface);
        var missing = commands.Except(DoorRows.All.Select(r => r.Command)).Except(GraphImportOnly).Select(t => t.Name).Order().ToList();
        Assert.True(missing.Count == 0, $"Commands without a row in DoorRows: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// Commands no person sends through a door: only the Graph integration does — the import with the Teams message's
    /// writer as the actor, the meeting booking and its cancellation as the forum itself. No HTTP endpoint takes them, so there is nothing to
    /// compare; their rules are tested through the integration (Graph/).
    /// </summary>
    private static readonly Type[] GraphImportOnly =
        [typeof(Politikerforum.Domain.Posts.ImportTeamsMessage), typeof(Politikerforum.Domain.Themes.RecordUrgentMeeting),
         typeof(Politikerforum.Domain.Themes.RecordUrgentMeetingCancelled)];

    private ForumTestContext Context() => new(As, async (name, level, body) =>
    {
        var oid = $"oid-{Guid.NewGuid():N}";
        var id = await Admin.CreateAsync("/api/members", new { name, email = $"{oid}@example.dk", level, body, party = "A", entraObjectId = oid });
        return (id, As("member", oid), oid);
    }, Admin, Clock.GetUtcNow());

    private async Task<Result> OverHttpAsync(DoorCase c)
    {
        var before = await LastSequenceAsync();
        var response = await As(c.Role, c.ObjectId).SendAsync(c.Method, c.Url, c.Body);
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{c.Method} {c.Url} answered {status}");
        var refusal = "";
        if (status >= 400)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            var errors = problem.TryGetProperty("errors", out var fields) ? fields.Deserialize<Dictionary<string, string[]>>(Json) : null;
            refusal = $"{KindOf(status)}: {problem.Detail()} {(errors is null ? "" : JsonSerializer.Serialize(errors, Json))}";
        }
        return new Result(refusal, await EventsSinceAsync(before));
    }

    private async Task<Result> InProcessAsync(DoorCase c)
    {
        var before = await LastSequenceAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(Callers.ObjectIdClaim, c.ObjectId), new Claim(Callers.RolesClaim, c.Role)], "test"));
        var actor = await Callers.IdentifyAsync(principal, scope.ServiceProvider.GetRequiredService<IQuerySession>(), default);
        var outcome = await scope.ServiceProvider.GetRequiredService<ForumCommands>().RunAsync(actor, c.Command);
        var refusal = outcome is Refusal r
            ? $"{r.Kind}: {r.Detail} {(r.Errors is null ? "" : JsonSerializer.Serialize(r.Errors, Json))}"
            : "";
        return new Result(refusal, await EventsSinceAsync(before));
    }

    private static RefusalKind KindOf(int status) => status switch
    {
        400 => RefusalKind.Invalid,
        403 => RefusalKind.Forbidden,
        404 => RefusalKind.NotFound,
        409 => RefusalKind.Conflict,
        422 => RefusalKind.Unprocessable,
        _ => throw new InvalidOperationException($"No refusal answers {status}.")
    };

    private async Task<long> LastSequenceAsync()
    {
        await using var command = Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand("select coalesce(max(seq_id), 0) from forum.mt_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Each event as type, actor, role and data, with every id replaced by the order in which it first appears:
    /// the two forums have different ids, but the same shape.
    /// </summary>
    private async Task<IReadOnlyList<string>> EventsSinceAsync(long sequence)
    {
        await using var session = Store.QuerySession();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).ToListAsync();
        var ids = new Dictionary<string, int>();
        return [.. events.Select(e => Guids().Replace(
            $"{e.EventTypeName} by {e.UserName} as {EventActor.RoleOf(e)}: {JsonSerializer.Serialize(e.Data, e.Data.GetType(), Json)}",
            m => $"#{(ids.TryGetValue(m.Value, out var n) ? n : ids[m.Value] = ids.Count)}"))];
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();
}
