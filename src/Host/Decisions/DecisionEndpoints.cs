using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Decisions;

public static class ProposeDecisionEndpoint
{
    public static ProblemDetails Validate(Theme theme, ProposeDecision command, Actor actor, TimeProvider clock) =>
        Proposing.Refuses(theme, command, actor, clock.GetUtcNow()).ToProblem();

    /// <summary>The decision closes for positions by itself at its deadline.</summary>
    [WolverinePost("/api/themes/{id}/decisions", Name = "ProposeDecision")]
    public static (Created, IStartStream, OutgoingMessages) Post(
        ProposeDecision command, [ReadAggregate] Theme theme, Actor actor, TimeProvider clock)
    {
        var proposed = Proposing.Decide(Guid.CreateVersion7(), theme, command, actor, clock.GetUtcNow());
        return (Created.At("/api/decisions", proposed.DecisionId),
            MartenOps.StartStream<Decision>(proposed.DecisionId, proposed),
            [new CloseDecisionForPositions(proposed.DecisionId).ScheduledAt(proposed.Deadline)]);
    }
}

public static class TakePositionEndpoint
{
    public static Task<Member?> LoadAsync(Actor actor, IQuerySession session, CancellationToken ct) =>
        actor.MemberId is { } id ? session.LoadAsync<Member>(id, ct) : Task.FromResult<Member?>(null);

    public static async Task<ProblemDetails> ValidateAsync(
        Decision decision, Member? member, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        TakingPositions.Refuses(decision, await session.ThemeOfAsync(decision, ct), member, actor, clock.GetUtcNow()).ToProblem();

    /// <summary>
    /// Many members may take positions at the same moment: the decision's stream is locked for the
    /// length of each request, so they are taken one after another and none is lost or refused.
    /// </summary>
    [WolverinePost("/api/decisions/{id}/positions", Name = "TakePosition")]
    public static (UpdatedAggregate, PositionTaken) Post(
        TakePosition command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, Member member, TimeProvider clock) =>
        (new UpdatedAggregate(), TakingPositions.Decide(decision, member, command, clock.GetUtcNow()));
}

public static class ConcludeDecisionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(
        Decision decision, ConcludeDecision command, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        Deciding.RefusesConclusion(decision, await session.ThemeOfAsync(decision, ct), command, actor, clock.GetUtcNow()).ToProblem();

    /// <summary>With a review date, the decision asks its participants what was learned when the date comes.</summary>
    [WolverinePost("/api/decisions/{id}/conclude", Name = "ConcludeDecision")]
    public static (UpdatedAggregate, DecisionConcluded, OutgoingMessages) Post(
        ConcludeDecision command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, Actor actor, TimeProvider clock)
    {
        var concluded = Deciding.Conclude(decision, command, actor, clock.GetUtcNow());
        OutgoingMessages later = [];
        if (concluded.ReviewOn is { } review) later.Add(new AskForDecisionReview(decision.Id).ScheduledAt(DecisionClock.ReviewTime(review)));
        return (new UpdatedAggregate(), concluded, later);
    }
}

public static class WithdrawDecisionEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Decision decision, Actor actor, IQuerySession session, CancellationToken ct) =>
        Deciding.RefusesSteward(decision, await session.ThemeOfAsync(decision, ct), actor).ToProblem();

    [WolverinePost("/api/decisions/{id}/withdraw", Name = "WithdrawDecision")]
    public static (UpdatedAggregate, DecisionWithdrawn) Post(
        WithdrawDecision command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), Deciding.Withdraw(decision, command, actor, clock.GetUtcNow()));
}
