using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Marten.Exceptions;
using Wolverine;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// The one way in for every door: HTTP, the Teams bot, the Graph import and the secretariat's pages call
/// <see cref="RunAsync"/> with the acting person and get an <see cref="Outcome"/>. The command's input is checked,
/// then its one Wolverine handler runs in-process (<see cref="IMessageBus.InvokeAsync{T}(object, DeliveryOptions, CancellationToken, TimeSpan?)"/>),
/// with the actor carried in the envelope. With an idempotency key (the HTTP <c>Idempotency-Key</c> header, a Teams
/// activity id, a Graph message id and change) the same key from the same caller runs the command once, and every
/// retry gets the first outcome.
/// </summary>
public sealed class ForumCommands(IMessageBus bus, RememberedOutcomes remembered)
{
    public static readonly Refusal KeyReused = new(RefusalKind.Unprocessable,
        "Denne nøgle (Idempotency-Key) er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny forespørgsel.");

    public static readonly Refusal StillRunning =
        Refusal.Conflict("En forespørgsel med samme nøgle er stadig i gang. Vent på svaret, og prøv derefter igen.");

    public static readonly Refusal CarriedOutUnanswered =
        Refusal.Conflict("Forespørgslen med denne nøgle er allerede gennemført, men svaret blev ikke gemt. Hent resultatet i stedet for at prøve igen.");

    public async Task<Outcome> RunAsync(Actor actor, ICommand command, string? idempotencyKey = null, CancellationToken ct = default)
    {
        if (idempotencyKey is null) return await CarryOutAsync(actor, command, ct);

        var caller = remembered.CallerOf(actor);
        var hash = RequestHash(command);
        // Twice at most: an earlier attempt may free its key (it failed) between our claim and our look-up.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await remembered.TryClaimAsync(caller, idempotencyKey, hash, ct) is { } write)
            {
                Outcome outcome;
                IdempotentWrite.Current = write;
                try
                {
                    outcome = await CarryOutAsync(actor, command, ct);
                }
                catch
                {
                    // Not an answer to the command, only to this attempt: the retry runs again.
                    await remembered.ReleaseAsync(write);
                    throw;
                }
                finally
                {
                    IdempotentWrite.Current = null;
                }
                await remembered.CompleteAsync(write, outcome);
                return outcome;
            }
            if (await remembered.FindAsync(caller, idempotencyKey, ct) is not { } earlier) continue;
            return !earlier.RequestHash.AsSpan().SequenceEqual(hash) ? KeyReused
                : earlier.Outcome ?? (earlier.Committed ? CarriedOutUnanswered : StillRunning);
        }
        return StillRunning;
    }

    private async Task<Outcome> CarryOutAsync(Actor actor, ICommand command, CancellationToken ct)
    {
        if (CommandInput.Refuses(command) is { } invalid) return invalid;
        try
        {
            return await bus.InvokeAsync<Outcome>(command, CommandActor.Carrying(actor), ct);
        }
        // Two people changing the same thing at once; the loser is told to try again, whichever door they used.
        catch (ConcurrencyException)
        {
            return Refusal.Conflict("Nogen har ændret det samme i mellemtiden. Hent den nyeste udgave, og prøv igen.");
        }
        catch (StreamLockedException)
        {
            return Refusal.Conflict("Der er travlt her lige nu. Prøv igen om et øjeblik.");
        }
    }

    private static readonly JsonSerializerOptions Json = ForumJson.Create();
    /// <summary>
    /// The command's type, its input and the ids it acts on (which JSON leaves out), hashed: the same key
    /// with another request is refused rather than answered with the first request's outcome.
    /// </summary>
    private static byte[] RequestHash(ICommand command)
    {
        var type = command.GetType();
        var text = new StringBuilder(type.FullName).Append('\n').Append(JsonSerializer.Serialize(command, type, Json));
        foreach (var target in CommandInput.Targets(type)) text.Append('\n').Append(target.Name).Append('=').Append(target.GetValue(command));
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
