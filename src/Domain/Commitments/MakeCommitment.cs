using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Commitments;

/// <param name="ToLevel">Another level than the member's own; leave it out to commit to the forum as a whole.</param>
public record MakeCommitment(
    [property: Required(ErrorMessage = "Det, der gives tilsagn om, skal beskrives."), StringLength(2_000, ErrorMessage = "Beskrivelsen må højst være 2.000 tegn.")]
    string What,
    Level? ToLevel,
    [property: Required(ErrorMessage = "Datoen for, hvornår tilsagnet skal være indfriet, skal angives.")]
    DateOnly? DueOn,
    Guid? DecisionId);

public static class Committing
{
    /// <summary>Far enough for a promise running over an election period, near enough to catch a mistyped year.</summary>
    public const int LongestYears = 5;

    /// <summary>
    /// Only members commit, since a commitment is made on behalf of their body; the secretariat has no body to
    /// commit. The body and level are the member's own as registered, never taken from the request.
    /// </summary>
    public static Refusal? Refuses(Theme theme, Member? member, Decision? decision, MakeCommitment command, Actor actor, DateTimeOffset now)
    {
        if (!theme.CanSee(actor)) return ThemeAccess.Unknown;
        if (member is null || !theme.HasParticipant(member.Id))
            return Refusal.Forbidden("Kun temaets deltagende medlemmer kan give tilsagn på vegne af deres myndighed.");
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
