using Marten;

namespace Politikerforum.Host.Http.Idempotency;

/// <summary>
/// The key the current request claimed. The Marten listener marks the key as committed in the same
/// transaction as the request's events, so even if the node dies before the response is remembered,
/// a retry can never write the events a second time.
/// </summary>
public sealed record IdempotentWrite(string Caller, string Key, Guid Claim)
{
    private static readonly AsyncLocal<IdempotentWrite?> current = new();

    public static IdempotentWrite? Current
    {
        get => current.Value;
        set => current.Value = value;
    }

    internal sealed class MarksCommitted : DocumentSessionListenerBase
    {
        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (Current is { } write)
                session.QueueSqlCommand(
                    $"update {IdempotencyTable.Name} set committed = true where caller = ? and key = ? and claim = ?",
                    write.Caller, write.Key, write.Claim);
            return Task.CompletedTask;
        }
    }
}
