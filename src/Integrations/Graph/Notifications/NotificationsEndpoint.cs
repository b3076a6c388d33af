using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Serialization.Json;
using Politikerforum.Integrations.Graph.Subscriptions;
using Wolverine;
using Wolverine.Marten.Publishing;

namespace Politikerforum.Integrations.Graph.Notifications;

/// <summary>
/// Where Graph calls back: <c>/api/graph/notifications</c> (changes) and <c>/api/graph/lifecycle</c> (lifecycle events).
/// Both answer the validation handshake (<c>?validationToken=…</c>: 200, text/plain, the token). A delivery is answered
/// 202 at once: each item whose clientState matches its subscription's is stored as durable work in the same
/// transaction before the answer, so a crash after it loses nothing; an item with a wrong or missing clientState is
/// dropped and writes nothing. Graph signs nothing else: the clientState is the proof.
/// </summary>
public static class NotificationsEndpoint
{
    public const string Notifications = "/api/graph/notifications";
    public const string Lifecycle = "/api/graph/lifecycle";

    public static bool Serves(PathString path) =>
        path.Equals(Notifications, StringComparison.OrdinalIgnoreCase) || path.Equals(Lifecycle, StringComparison.OrdinalIgnoreCase);

    public static async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (http.Request.Query.TryGetValue("validationToken", out var validationToken))
        {
            // The query string is decoded already; Graph wants the token back exactly, as plain text.
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(validationToken.ToString(), CancellationToken.None);
            return;
        }
        if (await ReadAsync(http) is not { Value: { } items } collection)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var services = http.RequestServices;
        var work = await AcceptedAsync(services, collection, items, lifecycle: http.Request.Path.Equals(Lifecycle, StringComparison.OrdinalIgnoreCase));
        // Once read, a delivery is stored in full even if Graph hangs up: it will not send it again after a 2xx.
        if (work.Count > 0)
        {
            var bus = services.GetRequiredService<IMessageBus>();
            await using var session = services.GetRequiredService<OutboxedSessionFactory>().OpenSession(bus);
            foreach (var item in work) await bus.PublishAsync(item);
            await NoteAsync(session, work, services.GetRequiredService<TimeProvider>().GetUtcNow());
            await session.SaveChangesAsync(CancellationToken.None);
        }
        http.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task<List<IChannelWork>> AcceptedAsync(IServiceProvider services, ChangeNotificationCollection collection,
        List<ChangeNotification> items, bool lifecycle)
    {
        var log = services.GetRequiredService<ILogger<ChangeNotification>>();
        var encryptedVouched = !items.Any(i => i.EncryptedContent is not null)
            || await services.GetRequiredService<ValidationTokens>().VouchAsync(collection.ValidationTokens, CancellationToken.None);
        await using var query = services.GetRequiredService<IDocumentStore>().QuerySession();
        var ids = items.Select(i => i.SubscriptionId?.ToString()).OfType<string>().Distinct().ToArray();
        var channels = (await query.Query<WatchedChannel>().Where(c => c.SubscriptionId.IsOneOf(ids)).ToListAsync())
            .ToDictionary(c => c.SubscriptionId!, StringComparer.OrdinalIgnoreCase);
        var work = new List<IChannelWork>();
        foreach (var item in items)
        {
            if (item.SubscriptionId?.ToString() is not { } id || !channels.TryGetValue(id, out var channel) || !channel.Vouches(item.ClientState))
            {
                log.LogWarning("Dropped a Graph notification for subscription {SubscriptionId}: unknown subscription or wrong clientState", item.SubscriptionId);
                continue;
            }
            if (lifecycle)
            {
                if (item.LifecycleEvent is { } happened) work.Add(new SubscriptionLifecycle(channel.Id, channel.SubscriptionId!, LifecycleName(happened)));
                continue;
            }
            if (item.EncryptedContent is not { } encrypted)
            {
                work.Add(new ImportChannelMessage(channel.Id, item.Resource ?? "", item.ChangeType?.ToString() ?? ""));
                continue;
            }
            if (!encryptedVouched) continue;
            work.Add(new ImportChannelMessage(channel.Id, item.Resource ?? "", item.ChangeType?.ToString() ?? "",
                new EncryptedMessage(encrypted.Data ?? "", encrypted.DataKey ?? "", encrypted.DataSignature,
                    encrypted.EncryptionCertificateId, encrypted.EncryptionCertificateThumbprint)));
        }
        return work;
    }

    /// <summary>For the status page: when each channel last heard from Graph.</summary>
    private static async Task NoteAsync(IDocumentSession session, List<IChannelWork> work, DateTimeOffset now)
    {
        foreach (var id in work.Select(w => w.ChannelId).Distinct())
            if (await session.LoadAsync<WatchedChannel>(id) is { } channel) session.Store(channel with { LastNotificationAt = now });
    }

    private static string LifecycleName(LifecycleEventType happened) => happened switch
    {
        LifecycleEventType.ReauthorizationRequired => "reauthorizationRequired",
        LifecycleEventType.SubscriptionRemoved => "subscriptionRemoved",
        LifecycleEventType.Missed => "missed",
        _ => happened.ToString()
    };

    private static async Task<ChangeNotificationCollection?> ReadAsync(HttpContext http)
    {
        try
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            body.Position = 0;
            var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body, http.RequestAborted);
            return node.GetObjectValue(ChangeNotificationCollection.CreateFromDiscriminatorValue);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
