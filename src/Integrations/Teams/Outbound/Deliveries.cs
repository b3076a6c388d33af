using Marten;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>What every delivery does before it calls Teams: find where the conversation lives, and wait for the thread's turn.</summary>
public static class Deliveries
{
    public static async Task<string> ServiceUrlAsync(this IQuerySession session, string conversationId, CancellationToken ct) =>
        (await session.LoadAsync<ConversationReference>(conversationId, ct))?.ServiceUrl
        ?? throw new UndeliverableException($"The bot has never heard from conversation {conversationId}, so it does not know where it lives.");

    /// <summary>Calls Teams in the thread's turn; null when done, or how long to wait when the turn is too far off to hold a handler for.</summary>
    public static async Task<TimeSpan?> InTurnAsync(this ThreadThrottle throttle, string thread, Func<Task> call, CancellationToken ct)
    {
        var wait = throttle.Reserve(thread);
        if (wait > ThreadThrottle.MaxHold) return wait;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, TimeProvider.System, ct);
        await call();
        return null;
    }
}

/// <summary>A delivery that can never succeed as it is: Teams refused it (400, 403, 404, 413, …) or the bot knows no such conversation.</summary>
public sealed class UndeliverableException(string message) : Exception(message);
