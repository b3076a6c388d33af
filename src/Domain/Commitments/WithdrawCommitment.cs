using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Commitments;

/// <summary>A promise broken without a word costs trust across levels; a reason is part of withdrawing.</summary>
public record WithdrawCommitment(
    [property: Required(ErrorMessage = "Begrundelsen skal udfyldes."), StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string Reason) : ICommand
{
    [JsonIgnore] public Guid CommitmentId { get; init; }
}

public static class WithdrawingCommitments
{
    public static Refusal? Refuses(Commitment? commitment, Theme? theme, Actor actor) => CommitmentSettlement.Refuses(commitment, theme, actor);

    public static CommitmentWithdrawn Decide(Commitment commitment, WithdrawCommitment command, Actor actor, DateTimeOffset now) =>
        new(commitment.Id, commitment.ThemeId, command.Reason.Trim(), CommitmentSettlement.IsLate(commitment, now), actor.Id, now) { ItemTitle = commitment.What };
}

/// <summary>Checked under the stream lock, so a withdrawal and a fulfilment at the same moment cannot both pass.</summary>
public static class WithdrawCommitmentHandler
{
    public static Task<ItemStream<Commitment>> LoadAsync(WithdrawCommitment command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Commitment>(command.CommitmentId, ct);

    public static Outcome Handle(WithdrawCommitment command, ItemStream<Commitment> commitment, Actor actor, TimeProvider clock) =>
        WithdrawingCommitments.Refuses(commitment.Item, commitment.Theme, actor)
        ?? (Outcome)commitment.Append(WithdrawingCommitments.Decide(commitment.Item!, command, actor, clock.GetUtcNow()));
}
