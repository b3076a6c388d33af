using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;
using Politikerforum.Integrations.Graph.Subscriptions;

namespace Politikerforum.Integrations.Graph;

/// <summary>
/// A call to Graph failed for a channel: the failure is noted on the channel for the status page, in a session of its
/// own (the handler's rolls back), and the exception goes on to Wolverine, which retries the work later.
/// </summary>
public static class GraphFailures
{
    public static async Task<T> NotedAsync<T>(this IDocumentStore store, string channelId, TimeProvider clock, ILogger log, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is ODataError or HttpRequestException or Microsoft.Kiota.Abstractions.ApiException or TaskCanceledException)
        {
            var what = e is Microsoft.Kiota.Abstractions.ApiException api ? $"{api.ResponseStatusCode}: {Describe(e)}" : Describe(e);
            log.LogWarning("Graph failed for channel {ChannelId}: {What}", channelId, what);
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<WatchedChannel>(channelId, CancellationToken.None) is { } channel)
            {
                session.Store(channel.Failed(what, clock.GetUtcNow()));
                await session.SaveChangesAsync(CancellationToken.None);
            }
            throw;
        }
    }

    private static string Describe(Exception e) => e is ODataError { Error: { } error } ? $"{error.Code} {error.Message}" : $"{e.GetType().Name} {e.Message}";
}
