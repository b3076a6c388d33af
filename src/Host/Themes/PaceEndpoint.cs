using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using static Politikerforum.Domain.Timeline.TimelineDescriptions;

namespace Politikerforum.Host.Themes;

/// <summary>The switch took effect. <see cref="SwitchedBy"/>: the secretariat caller, or the two participants.</summary>
public sealed record PaceSwitchAnswer(Pace Pace, DateTimeOffset? UrgentUntil, IReadOnlyList<Guid> SwitchedBy, string Message);

/// <summary>The request is recorded and waits, until <see cref="ExpiresAt"/>, for a participant from another level.</summary>
public sealed record PaceRequestAnswer(Pace Pace, DateTimeOffset? Until, Guid RequestedBy, Level Level, DateTimeOffset ExpiresAt, string Message);

public static class SwitchPaceEndpoint
{
    public static ProblemDetails Validate(Theme theme, SwitchPace command, Actor actor, TimeProvider clock) =>
        PaceSwitching.Refuses(theme, command, actor, clock.GetUtcNow()).ToProblem();

    /// <summary>
    /// 200 when the switch takes effect (secretariat, or a participant seconding a request from another level),
    /// 202 when a participant's request is recorded and waits. An urgent switch reverts itself at its end time.
    /// </summary>
    [WolverinePost("/api/themes/{id}/pace", Name = "SwitchPace")]
    [ProducesResponseType<PaceSwitchAnswer>(StatusCodes.Status200OK), ProducesResponseType<PaceRequestAnswer>(StatusCodes.Status202Accepted)]
    public static async Task<(IResult, Events, OutgoingMessages)> Post(
        SwitchPace command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Theme theme, Actor actor,
        IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        switch (PaceSwitching.Decide(theme, command, actor, clock.GetUtcNow()))
        {
            case PaceSwitched switched:
                var message = await SwitchedMessageAsync(switched, theme, session, ct);
                OutgoingMessages revert = [];
                if (switched.Until is { } until) revert.Add(new RevertPace(theme.Id, until).ScheduledAt(until));
                return (Results.Ok(new PaceSwitchAnswer(switched.Pace, switched.Until, switched.SwitchedBy, message)), [switched], revert);
            case PaceSwitchRequested requested:
                var expiresAt = requested.RequestedAt + PaceSwitching.RequestLifetime;
                var asked = requested.Pace == Pace.Urgent ? "hurtig handling" : "at vende tilbage til normalt tempo";
                var answer = new PaceRequestAnswer(requested.Pace, requested.Until, requested.RequestedBy, requested.Level, expiresAt,
                    $"Din anmodning om {asked} er registreret. Den træder i kraft, når en deltager fra et andet niveau end dit "
                    + $"({requested.Level.Danish()}) beder om det samme inden {Danish(expiresAt)}.");
                return (Results.Json(answer, statusCode: StatusCodes.Status202Accepted), [requested], []);
            case var other:
                throw new InvalidOperationException($"Pace switching decided on {other.GetType().Name}.");
        }
    }

    private static async Task<string> SwitchedMessageAsync(PaceSwitched switched, Theme theme, IQuerySession session, CancellationToken ct)
    {
        var now = switched.Until is { } until ? $"Temaet er nu i hurtig handling indtil {Danish(until)}." : "Temaet er nu tilbage i normalt tempo.";
        if (switched.SwitchedBy.Count < 2) return now;
        var names = await ActorNames.LoadAsync(session, switched.SwitchedBy, ct);
        var who = switched.SwitchedBy.Select(id =>
            $"{names.NameOf(id)} ({theme.Participants.Single(p => p.MemberId == id).Level.Danish()})");
        return $"{now} Skiftet sker efter fælles ønske fra {string.Join(" og ", who)}.";
    }
}
