using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// The remembered outcomes of commands sent with an idempotency key: a plain table next to the event store, so
/// they survive a restart, are shared by every node, and the command's own transaction can mark its key.
/// Marten creates and migrates it with the rest of the schema.
/// </summary>
public static class IdempotencyTable
{
    public static readonly string Name = $"{ForumStore.Schema}.command_keys";

    public static void AddIdempotencyKeys(this StoreOptions opts)
    {
        var table = new Table(new PostgresqlObjectName(ForumStore.Schema, "command_keys", SchemaUtils.IdentifierUsage.General));
        // A keyed hash of the caller (see RememberedOutcomes.CallerOf): the table never holds an Entra object id.
        table.AddColumn<string>("caller").AsPrimaryKey();
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn("request_hash", "bytea").NotNull();
        // Identifies one attempt, so a late finish of an abandoned attempt cannot overwrite its successor.
        table.AddColumn<Guid>("claim").NotNull();
        table.AddColumn("started_at", "timestamp with time zone").NotNull();
        table.AddColumn("expires_at", "timestamp with time zone").NotNull();
        // Set inside the command's own transaction, together with its events: the write has happened.
        table.AddColumn<bool>("committed").NotNull().DefaultValueByExpression("false");
        table.AddColumn("outcome", "jsonb").AllowNulls();
        table.Indexes.Add(new IndexDefinition("idx_command_keys_expires_at") { Columns = ["expires_at"] });
        opts.Storage.ExtendedSchemaObjects.Add(table);
        opts.Listeners.Add(new IdempotentWrite.MarksCommitted());
    }
}
