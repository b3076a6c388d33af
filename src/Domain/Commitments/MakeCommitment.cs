using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Wolverine;

namespace Politikerforum.Domain.Commitments;

/// <param name="ToLevel">Another level than the member's own; leave it out to commit to the forum as a whole.</param>
public record MakeCommitment(
    [property: Required(ErrorMessage = "Det, der gives tilsagn om, skal beskrives."), StringLength(2_000, ErrorMessage = "Beskrivelsen må højst være 2.000 tegn.")]
    string What,
    Level? ToLevel,
    [property: Required(ErrorMessage = "Datoen for, hvornår tilsagnet skal være indfriet, skal angives.")]
    DateOnly? DueOn,
    Guid? DecisionId) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

public static class Committing
{
    /// <summary>Far enough for a promise running over an election period, near enough to catch a mistyped year.</summary>
    public const int LongestYears = 5;

    /// <summary>
    /// Only members commit, since a commitment is made on behalf of their body; the secretariat has no body to
    /// commit. The body and level are the member's own as registered, never taken from the request.
    /// </summary>
    public static Refusal? Refuses(Theme? theme, Member? member, Decision? decision, MakeCommitment command, Actor actor, DateTimeOffset now)
    {
        if (!theme.CanSee(actor)) return Refusal.Unknown;
        const string onlyParticipants = "Kun temaets deltagende medlemmer kan give tilsagn på vegne af deres myndighed.";
        if (member is null) return Refusal.Forbidden(onlyParticipants);
        if (!theme.HasParticipant(member.Id)) return ThemeWork.JoinFirst(theme.Id, onlyParticipants);
        if (theme.IsArchived) return Refusal.Conflict("Temaet er arkiveret, så man ikke længere kan give tilsagn i det.");
        if (command.ToLevel == member.Level)
            return Refusal.Invalid($"Et tilsagn gives til et andet niveau end dit eget ({member.Level.Danish()}) eller til forummet som helhed.");
        var today = CommitmentClock.Today(now);
        if (command.DueOn <= today) return Refusal.Invalid("Datoen for tilsagnet skal ligge efter i dag.");
        if (command.DueOn > today.AddYears(LongestYears)) return Refusal.Invalid("Datoen for tilsagnet må højst ligge fem år ude i fremtiden.");
        if (command.DecisionId is not null && (decision is null || decision.ThemeId != theme.Id))
            return Refusal.Invalid("Den beslutning, tilsagnet knyttes til, findes ikke i dette tema.");
        return null;
    }

    public static CommitmentMade Decide(Guid commitmentId, Theme theme, Member member, MakeCommitment command, DateTimeOffset now) =>
        new(commitmentId, theme.Id, member.Level, member.Body, command.ToLevel, command.What.Trim(), command.DueOn!.Value,
            CommitmentClock.DueAt(command.DueOn.Value), command.DecisionId, member.Id, now);
}

/// <summary>Each commitment is its own stream; it flags itself overdue when its date has passed, unless it was settled before.</summary>
public static class MakeCommitmentHandler
{
    /// <summary>The member's level and body come from the registry, never from the request.</summary>
    public static async Task<(Theme?, Member?, Decision?)> LoadAsync(MakeCommitment command, Actor actor, IDocumentSession session, CancellationToken ct) =>
        (await session.LoadAsync<Theme>(command.ThemeId, ct),
            actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null,
            command.DecisionId is { } decisionId ? await session.LoadAsync<Decision>(decisionId, ct) : null);

    public static (Outcome, OutgoingMessages) Handle(
        MakeCommitment command, Theme? theme, Member? member, Decision? decision, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (Committing.Refuses(theme, member, decision, command, actor, now) is { } refusal) return (refusal, []);
        var made = Committing.Decide(Guid.CreateVersion7(), theme!, member!, command, now);
        session.Events.StartStream<Commitment>(made.CommitmentId, made);
        return (new Done(made.CommitmentId, 1), [new FlagOverdueCommitment(made.CommitmentId).ScheduledAt(made.DueAt)]);
    }
}
