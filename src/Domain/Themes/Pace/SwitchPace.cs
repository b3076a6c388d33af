using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Wolverine;

namespace Politikerforum.Domain.Themes;

public record SwitchPace(
    [property: Required(ErrorMessage = "Tempo skal angives (urgent eller normal).")]
    Pace? Pace,
    [property: StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string? Reason,
    DateTimeOffset? Until) : ICommand, IValidatableObject
{
    [JsonIgnore] public Guid ThemeId { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Pace != Themes.Pace.Urgent)
        {
            if (Until is not null) yield return new("Et sluttidspunkt giver kun mening ved hurtig handling.", [nameof(Until)]);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(Reason)) yield return new("Begrundelsen skal udfyldes, når temaet skal i hurtig handling.", [nameof(Reason)]);
        if (Until is null) yield return new("Sluttidspunktet skal angives, når temaet skal i hurtig handling.", [nameof(Until)]);
    }
}

/// <summary>
/// Who may change a theme's pace: the secretariat at once, or two participants from different levels
/// together — one asks, one from another level seconds. Trust across levels is the point: no single
/// level can put the other three under urgent deadlines.
/// </summary>
public static class SwitchingPace
{
    /// <summary>
    /// A request lapses after a day. Urgency that nobody from another level recognises within a day is
    /// not the shared judgement the switch stands for, and a day is long enough for the request to reach
    /// the other levels even through a daily digest. A stale request must not be matched with a fresh one
    /// about a situation that may since have changed.
    /// </summary>
    public static readonly TimeSpan RequestLifetime = TimeSpan.FromHours(24);

    /// <summary>Urgent pace is a state of exception; a month at a time, then it must be asked for again.</summary>
    public static readonly TimeSpan LongestUrgency = TimeSpan.FromDays(30);

    /// <summary>Requests still waiting: not lapsed, and from members who still take part.</summary>
    public static IEnumerable<PaceRequest> PendingRequests(this Theme theme, DateTimeOffset now) =>
        theme.PaceRequests.Where(r => now < r.RequestedAt + RequestLifetime && theme.HasParticipant(r.MemberId));

    public static Refusal? Refuses(Theme? theme, SwitchPace command, Actor actor, DateTimeOffset now) =>
        ThemeWork.RefusesContribution(theme, actor, "skifte tempo")
        ?? (theme!.Pace == command.Pace
            ? Refusal.Conflict(theme.Pace == Pace.Urgent ? "Temaet er allerede i hurtig handling." : "Temaet er allerede i normalt tempo.")
            : command.Until <= now ? Refusal.Invalid("Sluttidspunktet for hurtig handling skal ligge ude i fremtiden.")
            : command.Until > now + LongestUrgency ? Refusal.Invalid("Hurtig handling kan højst gælde 30 dage ad gangen.")
            : !actor.RunsTheForum && theme.PendingRequests(now).Any(r => r.MemberId == actor.MemberId)
                ? Refusal.Conflict("Du har allerede bedt om at skifte tempo. Anmodningen afventer en deltager fra et andet niveau.")
            : null);

    /// <returns>
    /// <see cref="PaceSwitched"/> when the switch takes effect, else the <see cref="PaceSwitchRequested"/> that now waits.
    /// A seconded switch runs until the earlier of the two end times: that much both have asked for. Its reason is the
    /// seconder's; the first reason stays on the request.
    /// </returns>
    public static object Decide(Theme theme, SwitchPace command, Actor actor, DateTimeOffset now)
    {
        var pace = command.Pace!.Value;
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var until = pace == Pace.Urgent ? command.Until : null;
        if (actor.RunsTheForum) return new PaceSwitched(theme.Id, pace, reason, until, [actor.Id], now);

        var caller = theme.Participants.Single(p => p.MemberId == actor.MemberId);
        var seconded = theme.PendingRequests(now).FirstOrDefault(r => r.Pace == pace && r.Level != caller.Level);
        return seconded is null
            ? new PaceSwitchRequested(theme.Id, pace, reason, until, caller.MemberId, caller.Level, now)
            : new PaceSwitched(theme.Id, pace, reason, Earlier(seconded.Until, until), [seconded.MemberId, caller.MemberId], now);
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null || b is null ? a ?? b : a < b ? a : b;
}

public static class SwitchPaceHandler
{
    /// <summary>The theme, and the names of those whose requests wait and of the caller: a seconded switch names both.</summary>
    public static async Task<(ThemeStream, ActorNames)> LoadAsync(SwitchPace command, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        var theme = await ThemeStream.FetchAsync(session, command.ThemeId, ct);
        var requesters = theme.Theme?.PaceRequests.Select(r => r.MemberId) ?? [];
        return (theme, await ActorNames.LoadAsync(session, [.. requesters, actor.MemberId ?? Guid.Empty], ct));
    }

    /// <summary>
    /// A switch that takes effect answers with <see cref="PaceSwitchAnswer"/>; a participant's request that waits for
    /// another level answers with <see cref="PaceRequestAnswer"/>. An urgent switch reverts itself at its end time.
    /// </summary>
    public static (Outcome, OutgoingMessages) Handle(SwitchPace command, ThemeStream stream, ActorNames names, Actor actor, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (SwitchingPace.Refuses(stream.Theme, command, actor, now) is { } refusal) return (refusal, []);
        var theme = stream.Theme!;
        switch (SwitchingPace.Decide(theme, command, actor, now))
        {
            case PaceSwitched switched:
                OutgoingMessages revert = [];
                if (switched.Until is { } until) revert.Add(new RevertPace(theme.Id, until).ScheduledAt(until));
                return (stream.Append(switched, PaceSwitchAnswer.Of(switched, theme, names)), revert);
            case PaceSwitchRequested requested:
                return (stream.Append(requested, PaceRequestAnswer.Of(requested), waits: true), []);
            case var other:
                throw new InvalidOperationException($"Pace switching decided on {other.GetType().Name}.");
        }
    }
}
