using Marten;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// The key the current command claimed. The Marten listener marks the key as committed in the same transaction
/// as the command's events, so even if the node dies before the outcome is remembered, a retry can never write
/// the events a second time. A refusal writes nothing and so leaves the key uncommitted.
/// </summary>
public sealed record IdempotentWrite(string Caller, string Key, Guid Claim)
{
    private static readonly AsyncLocal<IdempotentWrite?> current = new();

    /// <summary>Set by <see cref="ForumCommands"/> around one command; commands run inline, so the handler's session sees it.</summary>
    public static IdempotentWrite? Current
    {
        get => current.Value;
        set => current.Value = value;
    }

    internal sealed class MarksCommitted : DocumentSessionListenerBase
    {
        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (Current is { } write && (session.PendingChanges.Streams().Any() || session.PendingChanges.Operations().Any()))
                session.QueueSqlCommand(
                    $"update {IdempotencyTable.Name} set committed = true where caller = ? and key = ? and claim = ?",
                    write.Caller, write.Key, write.Claim);
            return Task.CompletedTask;
        }
    }
}
