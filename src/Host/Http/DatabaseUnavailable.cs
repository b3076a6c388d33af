using Npgsql;

namespace Politikerforum.Host.Http;

/// <summary>
/// PostgreSQL cannot be reached just now: refused or dropped connections, a server shutting down or starting up, a pool
/// that cannot open a connection in time. Not the caller's fault and not a bug in the forum, so the answer is 503 with
/// <c>Retry-After</c>. A command is one transaction (its events, read models and outbox), so it is either whole or absent;
/// only a commit whose acknowledgement the server could not send may have happened, which is what the Idempotency-Key is
/// for. The host needs no restart: the next request opens a new connection.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>How long a caller is asked to wait: a PostgreSQL restart or fail-over usually takes a few seconds.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Detail =
        "Forummet kan ikke nå sin database lige nu. Prøv igen om lidt. Sender du en ændring igen, så brug den samme " +
        "Idempotency-Key, så den ikke bliver udført to gange.";

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // Npgsql marks as transient exactly these: network failures (a refused connection among them), timeouts, and the
            // server's shutdown and "cannot connect now" errors. A constraint violation or a bad query is never transient.
            if (e is NpgsqlException { IsTransient: true }) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is)) return true;
        }
        return false;
    }
}
