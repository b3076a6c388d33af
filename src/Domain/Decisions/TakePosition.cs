using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public record TakePosition(
    [property: Required(ErrorMessage = "Holdning skal angives (support, object eller abstain).")]
    Position? Position,
    [property: StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string? Reason);

public static class TakingPositions
{
    public static Refusal? Refuses(Decision decision, Theme theme, Member? member, Actor actor, DateTimeOffset now) =>
        !theme.CanSee(actor) ? Deciding.Unknown
        : member is null || !theme.HasParticipant(member.Id)
            ? Refusal.Forbidden("Kun temaets deltagende medlemmer kan tage stilling.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så man ikke længere kan tage stilling til forslag i det.")
        : decision.IsSettled || decision.Status == DecisionStatus.Closed || now >= decision.Deadline
            ? Refusal.Conflict("Der kan ikke længere tages stilling til forslaget.")
        : null;

    public static PositionTaken Decide(Decision decision, Member member, TakePosition command, DateTimeOffset now) =>
        new(decision.Id, decision.ThemeId, member.Id, member.Level, member.Body, command.Position!.Value,
            string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), now);
}
