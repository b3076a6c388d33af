using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

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

    /// <summary>
    /// The outcome's JSON with every name replaced where a text holds it as a whole word; null when a text holds a contact
    /// detail. Only string values change, so the JSON stays what it was whatever a name looks like.
    /// </summary>
    public static string? Masked(string outcome, IReadOnlyCollection<string> names, IReadOnlyCollection<string> contacts, string replacement)
    {
        var json = JsonNode.Parse(outcome);
        var texts = Texts(json).ToList();
        if (texts.Any(t => contacts.Any(c => !string.IsNullOrWhiteSpace(c) && t.GetValue<string>().Contains(c, StringComparison.OrdinalIgnoreCase))))
            return null;
        var words = names.Where(n => !string.IsNullOrWhiteSpace(n)).OrderByDescending(n => n.Length)
            .Select(n => new Regex($@"(?<!\w){Regex.Escape(n)}(?!\w)", RegexOptions.IgnoreCase)).ToList();
        foreach (var text in texts)
            text.ReplaceWith(words.Aggregate(text.GetValue<string>(), (t, name) => name.Replace(t, replacement)));
        return json?.ToJsonString();
    }

    private static IEnumerable<JsonValue> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v],
        _ => []
    };
}
