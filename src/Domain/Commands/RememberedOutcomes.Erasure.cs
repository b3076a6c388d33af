using System.Text.Encodings.Web;
using System.Text.Json;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// GDPR erasure of remembered outcomes, which live for a day after each command sent with an idempotency key.
/// The erased person's own rows go: the answers were theirs, and the forum no longer knows them as a caller. In everyone
/// else's rows their names are masked where an answer quotes them (a joint pace switch names both members); an answer
/// that holds their contact details (a copy of their data) is forgotten, and its key stays used.
/// </summary>
public sealed partial class RememberedOutcomes
{
    /// <param name="objectId">The erased person's Entra object id, if they had one.</param>
    /// <param name="names">Every name they went by; each is replaced by <paramref name="replacement"/>.</param>
    /// <param name="contacts">Their e-mail addresses and object id: an answer holding one is forgotten whole.</param>
    public async Task ForgetAsync(
        string? objectId, IReadOnlyCollection<string> names, IReadOnlyCollection<string> contacts, string replacement, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        if (objectId is not null)
            batch.BatchCommands.Add(Command($"delete from {IdempotencyTable.Name} where starts_with(caller, $1)", PersonOf(objectId) + "|"));

        var traces = names.Concat(contacts).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToArray();
        var mentioning = new List<(string Caller, string Key, Guid Claim, string Outcome)>();
        await using (var find = db.CreateCommand(
            $"select caller, key, claim, outcome::text from {IdempotencyTable.Name} k " +
            "where outcome is not null and exists (select 1 from unnest($1::text[]) t where strpos(lower(k.outcome::text), lower(t)) > 0)"))
        {
            find.Parameters.Add(new() { Value = traces });
            await using var reader = await find.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                mentioning.Add((reader.GetString(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3)));
        }
        foreach (var row in mentioning)
            batch.BatchCommands.Add(Command($"update {IdempotencyTable.Name} set outcome = $4::jsonb where caller = $1 and key = $2 and claim = $3",
                row.Caller, row.Key, row.Claim, Masked(row.Outcome, names, contacts, replacement)));
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

    private static readonly JsonSerializerOptions Escaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The outcome's JSON with every name replaced; null when it holds a contact detail.</summary>
    public static string? Masked(string outcome, IReadOnlyCollection<string> names, IReadOnlyCollection<string> contacts, string replacement)
    {
        // As a JSON string holds it, so a name with a quote in it is still found; the replacement needs no escaping.
        static string InJson(string text) => JsonSerializer.Serialize(text, Escaping)[1..^1];
        return contacts.Any(c => !string.IsNullOrWhiteSpace(c) && outcome.Contains(InJson(c), StringComparison.OrdinalIgnoreCase)) ? null
            : names.Where(n => !string.IsNullOrWhiteSpace(n)).OrderByDescending(n => n.Length)
                .Aggregate(outcome, (text, name) => text.Replace(InJson(name), replacement, StringComparison.OrdinalIgnoreCase));
    }
}
