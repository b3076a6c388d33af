using Marten;
using Politikerforum.Domain;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Politikerforum.Host.Http.Idempotency;

/// <summary>
/// The remembered responses to <c>Idempotency-Key</c> requests: a plain table next to the event store,
/// so they survive a restart, are shared by every node, and the request's own transaction can mark its key.
/// Marten creates and migrates it with the rest of the schema.
/// </summary>
public static class IdempotencyTable
{
    public static readonly string Name = $"{ForumStore.Schema}.idempotency_keys";

    public static void AddIdempotencyKeys(this StoreOptions opts)
    {
        var table = new Table(new PostgresqlObjectName(ForumStore.Schema, "idempotency_keys", SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("caller").AsPrimaryKey();
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn("request_hash", "bytea").NotNull();
        // Identifies one attempt, so a late finish of an abandoned attempt cannot overwrite its successor.
        table.AddColumn<Guid>("claim").NotNull();
        table.AddColumn("started_at", "timestamp with time zone").NotNull();
        table.AddColumn("expires_at", "timestamp with time zone").NotNull();
        // Set inside the request's own transaction, together with its events: the write has happened.
        table.AddColumn<bool>("committed").NotNull().DefaultValueByExpression("false");
        table.AddColumn<int>("status").AllowNulls();
        table.AddColumn<string>("location").AllowNulls();
        table.AddColumn<string>("content_type").AllowNulls();
        table.AddColumn("body", "bytea").AllowNulls();
        table.Indexes.Add(new IndexDefinition("idx_idempotency_keys_expires_at") { Columns = ["expires_at"] });
        opts.Storage.ExtendedSchemaObjects.Add(table);
        opts.Listeners.Add(new IdempotentWrite.MarksCommitted());
    }
}
