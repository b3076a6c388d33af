using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Commitments;

/// <summary>The level that was promised something should be able to see what was delivered.</summary>
public record FulfilCommitment(
    [property: Required(ErrorMessage = "Beskriv kort, hvad der blev leveret."), StringLength(2_000, ErrorMessage = "Noten må højst være 2.000 tegn.")]
    string Note) : ICommand
{
    [JsonIgnore] public Guid CommitmentId { get; init; }
}

public static class FulfillingCommitments
{
    public static Refusal? Refuses(Commitment? commitment, Theme? theme, Actor actor) => CommitmentSettlement.Refuses(commitment, theme, actor);

    public static CommitmentFulfilled Decide(Commitment commitment, FulfilCommitment command, Actor actor, DateTimeOffset now) =>
        new(commitment.Id, commitment.ThemeId, command.Note.Trim(), CommitmentSettlement.IsLate(commitment, now), actor.Id, now) { ItemTitle = commitment.What };
}

/// <summary>Checked under the stream lock, so a fulfilment and a withdrawal at the same moment cannot both pass.</summary>
public static class FulfilCommitmentHandler
{
    public static Task<ItemStream<Commitment>> LoadAsync(FulfilCommitment command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Commitment>(command.CommitmentId, ct);

    public static Outcome Handle(FulfilCommitment command, ItemStream<Commitment> commitment, Actor actor, TimeProvider clock) =>
        FulfillingCommitments.Refuses(commitment.Item, commitment.Theme, actor)
        ?? (Outcome)commitment.Append(FulfillingCommitments.Decide(commitment.Item!, command, actor, clock.GetUtcNow()));
}
