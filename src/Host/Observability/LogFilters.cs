using Politikerforum.Domain.Commands;

namespace Politikerforum.Host.Observability;

/// <summary>What the host's logs leave out, and why. Nothing that fails on the forum's side is left out.</summary>
public static class LogFilters
{
    /// <summary>
    /// Wolverine logs a request body it cannot read at Error, with a stack trace, under the category of the command it
    /// tried to read. That is the caller's mistake, already answered with a 400, and a hostile caller could fill the logs
    /// with it. Only the commands' own categories are quieted: handlers of scheduled and queued messages log under their
    /// messages' names and stay heard, and a command that fails is logged by the exception handler with its trace id.
    /// </summary>
    public static void QuietUnreadableBodies(this ILoggingBuilder logging)
    {
        // Commands live in Domain and, for the integrations' own (webhook subscriptions), in Integrations.
        var commands = new[] { typeof(ICommand).Assembly, typeof(Integrations.Webhooks.SubscribeWebhook).Assembly }.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(ICommand)));
        foreach (var command in commands) logging.AddFilter(command.FullName, LogLevel.Critical);
    }
}
