using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Commitments;

public static class MakeCommitmentEndpoint
{
    /// <summary>The member's level and body come from the registry, never from the request.</summary>
    public static async Task<(Member?, Decision?)> LoadAsync(MakeCommitment command, Actor actor, IQuerySession session, CancellationToken ct) =>
        (actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null,
            command.DecisionId is { } decisionId ? await session.LoadAsync<Decision>(decisionId, ct) : null);

    public static ProblemDetails Validate(Theme theme, Member? member, Decision? decision, MakeCommitment command, Actor actor, TimeProvider clock) =>
        Committing.Refuses(theme, member, decision, command, actor, clock.GetUtcNow()).ToProblem();

    /// <summary>The commitment flags itself overdue when its date has passed, unless it was settled before.</summary>
    [WolverinePost("/api/themes/{id}/commitments", Name = "MakeCommitment")]
    public static (Created, IStartStream, OutgoingMessages) Post(
        MakeCommitment command, [ReadAggregate] Theme theme, Member member, TimeProvider clock)
    {
        var made = Committing.Decide(Guid.CreateVersion7(), theme, member, command, clock.GetUtcNow());
        return (Created.At("/api/commitments", made.CommitmentId),
            MartenOps.StartStream<Commitment>(made.CommitmentId, made),
            [new FlagOverdueCommitment(made.CommitmentId).ScheduledAt(made.DueAt)]);
    }
}

public static class FulfilCommitmentEndpoint
{
    public static Task<ProblemDetails> ValidateAsync(Commitment commitment, Actor actor, IQuerySession session, CancellationToken ct) =>
        SettlingCommitments.RefusesAsync(commitment, actor, session, ct);

    [WolverinePost("/api/commitments/{id}/fulfil", Name = "FulfilCommitment")]
    public static (UpdatedAggregate, CommitmentFulfilled) Post(
        FulfilCommitment command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Commitment commitment, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), Settling.Fulfil(commitment, command, actor, clock.GetUtcNow()));
}

public static class WithdrawCommitmentEndpoint
{
    public static Task<ProblemDetails> ValidateAsync(Commitment commitment, Actor actor, IQuerySession session, CancellationToken ct) =>
        SettlingCommitments.RefusesAsync(commitment, actor, session, ct);

    [WolverinePost("/api/commitments/{id}/withdraw", Name = "WithdrawCommitment")]
    public static (UpdatedAggregate, CommitmentWithdrawn) Post(
        WithdrawCommitment command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Commitment commitment, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), Settling.Withdraw(commitment, command, actor, clock.GetUtcNow()));
}

internal static class SettlingCommitments
{
    /// <summary>Checked under the stream lock, so a fulfilment and a withdrawal at the same moment cannot both pass.</summary>
    public static async Task<ProblemDetails> RefusesAsync(Commitment commitment, Actor actor, IQuerySession session, CancellationToken ct) =>
        Settling.Refuses(commitment, await session.ThemeOfAsync(commitment, ct), actor).ToProblem();
}
