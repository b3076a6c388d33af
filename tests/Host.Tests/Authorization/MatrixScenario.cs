using System.Text.Json;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Authorization;

/// <summary>
/// The forum the matrix is checked against, built once through the API: a participant who opened one theme
/// of each visibility and put an item of each kind in it, and the callers of every role.
/// Writes get a fresh target of their own, so one caller's success never changes what the next is answered.
/// </summary>
public sealed class MatrixScenario(Func<string, string, Caller> @as, Caller admin, Caller anonymous, Func<DateTimeOffset> now)
{
    public static readonly string[] Visibilities = ["public", "forum", "closed"];

    /// <summary>
    /// A receiver on 127.0.0.1 that takes every delivery (204), for the webhooks the matrix, the door rows and the fuzzer
    /// subscribe: a dead address would be retried for the rest of the run and keep the queues from ever settling.
    /// </summary>
    private static readonly Lazy<Webhooks.WebhookReceiver> Sink = new(() => Webhooks.WebhookReceiver.StartAsync().GetAwaiter().GetResult());

    public static string WebhookUrl => Sink.Value.Url;

    /// <summary>A loopback address where nothing listens, for the one test that needs a delivery to fail.</summary>
    public const string DeadWebhookUrl = "http://127.0.0.1:9/hook";
    /// <summary>The query a list needs to show anything at all.</summary>
    public static readonly Dictionary<string, string> Queries = new() { ["GET /api/search"] = "?q=vagtplan" };

    public Guid ParticipantId { get; private set; }
    public Guid OutsiderId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid StaffId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Dictionary<string, Caller> Callers { get; } = [];
    private readonly Dictionary<(On, string), Guid[]> seeded = [];
    private Caller Participant => Callers["participant"];

    public async Task BuildAsync()
    {
        (ParticipantId, var participant) = await MemberAsync("kommune", "Aarhus Kommune");
        (OutsiderId, var outsider) = await MemberAsync("region", "Region Midtjylland");
        Callers["participant"] = participant;
        Callers["outsider"] = outsider;
        Callers["secretariat"] = @as("secretariat", "secretariat-oid");
        Callers["integrator"] = @as("integrator", "integrator-oid");
        Callers["admin"] = admin;
        Callers["anonymous"] = anonymous;
        OrganisationId = await admin.CreateAsync("/api/organisations", new { name = "KL" });
        StaffId = await admin.CreateAsync("/api/staff", new { name = "Sofie Sekretær", email = "sofie@kl.dk", organisationId = OrganisationId });
        seeded[(On.Webhook, "-")] = [await WebhookAsync()];
        ApplicationId = (await FreshAsync(On.Application, "-"))[0];
        foreach (var visibility in Visibilities)
        {
            var themeId = await participant.OpenThemeAsync(visibility);
            seeded[(On.Theme, visibility)] = [themeId];
            foreach (var kind in Enum.GetValues<On>().Where(k => k > On.Theme))
                seeded[(kind, visibility)] = [.. await ItemsAsync(kind, themeId)];
        }
    }

    /// <summary>The seeded targets a read is checked on: one per kind, both lessons for a lesson.</summary>
    public Guid[] Seeded(On kind, string visibility) => seeded[(kind, visibility)];

    /// <summary>
    /// What an endpoint of this kind is called on when it needs no fresh target: the organisation, the staff member,
    /// the participant's profile (their own, for the participant), or the items seeded in the theme of that visibility.
    /// </summary>
    public Guid[] Targets(On kind, string visibility) => kind switch
    {
        On.Nothing => [Guid.Empty],
        On.Organisation => [OrganisationId],
        On.Staff => [StaffId],
        On.Member => [ParticipantId],
        On.Application => [ApplicationId],
        _ => Seeded(kind, visibility)
    };

    /// <summary>Streams never end: a call reads their status and hangs up; their content is the stream tests' concern.</summary>
    public static readonly HashSet<string> Streams = ["GET /api/feed/stream"];

    /// <summary>One call of <paramref name="row"/> on <paramref name="target"/>: its status and, unless it is a stream, its body.</summary>
    public async Task<(int Status, string Body)> CallAsync(Caller caller, AuthorizationMatrix.Row row, Guid target, object? body)
    {
        var method = new HttpMethod(row.Endpoint[..row.Endpoint.IndexOf(' ')]);
        var stream = Streams.Contains(row.Endpoint);
        using var response = await caller.SendAsync(method, Url(row, target), body,
            completion: stream ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead);
        return ((int)response.StatusCode, stream ? "" : await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The address of one call: the route with its target, the participant as <c>{memberId}</c>, a feed event type as
    /// <c>{type}</c>, an unknown delivery as <c>{deliveryId}</c>, and the query a list needs.
    /// </summary>
    public string Url(AuthorizationMatrix.Row row, Guid target) =>
        row.Endpoint[(row.Endpoint.IndexOf(' ') + 1)..].Replace("{id}", target.ToString()).Replace("{memberId}", ParticipantId.ToString())
            .Replace("{type}", "dk.politikerforum.lesson.recorded").Replace("{deliveryId}", Guid.NewGuid().ToString())
        + Queries.GetValueOrDefault(row.Endpoint, "");

    /// <summary>A target no one has touched yet, for a write.</summary>
    public async Task<Guid[]> FreshAsync(On kind, string visibility)
    {
        if (kind == On.Member) return [(await MemberAsync("kommune", "Vejle Kommune")).Id];
        if (kind == On.Webhook) return [await WebhookAsync()];
        if (kind == On.Application)
            return [await @as("member", $"oid-{Guid.NewGuid():N}").CreateAsync("/api/applications", new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" })];
        var themeId = await Participant.OpenThemeAsync(visibility);
        return kind == On.Theme ? [themeId] : [.. await ItemsAsync(kind, themeId)];
    }

    private async Task<IEnumerable<Guid>> ItemsAsync(On kind, Guid themeId)
    {
        var caller = Participant;
        switch (kind)
        {
            case On.Post: return [await caller.PublishAsync(themeId, "Vi mangler hænder i hjemmeplejen.")];
            case On.Experiment: return [await caller.ProposeExperimentAsync(themeId, now())];
            case On.RunningExperiment:
                var experimentId = await caller.ProposeExperimentAsync(themeId, now());
                await caller.StartExperimentAsync(experimentId);
                return [experimentId];
            case On.Lesson:
                return [await caller.RecordLessonAsync(themeId, "Fælles vagtplan", "Det virkede.", confidentiality: "forum"),
                    await caller.RecordLessonAsync(themeId, "Vikarbureauer", "Det gik galt.", "went-wrong", "chatham-house")];
            case On.Decision:
                return [await caller.CreateAsync($"/api/themes/{themeId}/decisions", Bodies.Decision(now()))];
            case On.Commitment:
                return [await caller.CreateAsync($"/api/themes/{themeId}/commitments", Bodies.Commitment(now()))];
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The version a write must name: read by the admin, who sees everything.</summary>
    public async Task<int?> VersionAsync(On kind, Guid id)
    {
        var path = kind switch
        {
            On.Theme => "themes", On.Post => "posts", On.Lesson => "lessons", On.Member => "members", _ => null
        };
        if (path is null) return null;
        return (await admin.ReadAsync<JsonElement>($"/api/{path}/{id}")).GetProperty("version").GetInt32();
    }

    /// <summary>A webhook the integrator made, so it is theirs to manage.</summary>
    private Task<Guid> WebhookAsync() => Callers["integrator"].CreateAsync("/api/webhooks", new { url = WebhookUrl });

    private async Task<(Guid Id, Caller Caller)> MemberAsync(string level, string body)
    {
        var objectId = $"oid-{Guid.NewGuid():N}";
        var id = await admin.CreateAsync("/api/members",
            new { name = "Mette Holm", email = $"{objectId}@example.dk", level, body, party = "A", entraObjectId = objectId });
        return (id, @as("member", objectId));
    }
}

/// <summary>What an endpoint acts on: the kind of its <c>{id}</c>. Kinds after <see cref="Theme"/> live inside a theme.</summary>
public enum On { Nothing, Member, Organisation, Staff, Webhook, Application, Theme, Post, Experiment, RunningExperiment, Lesson, Decision, Commitment }
