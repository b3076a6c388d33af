using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Wolverine;

namespace Politikerforum.Domain.Decisions;

public record TakePosition(
    [property: Required(ErrorMessage = "Holdning skal angives (support, object eller abstain).")]
    Position? Position,
    [property: StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string? Reason) : ICommand
{
    [JsonIgnore] public Guid DecisionId { get; init; }
}

public static class TakingPositions
{
    private const string OnlyParticipants = "Kun temaets deltagende medlemmer kan tage stilling.";

    public static Refusal? Refuses(Decision? decision, Theme? theme, Member? member, Actor actor, DateTimeOffset now) =>
        decision is null || !theme.CanSee(actor) ? Refusal.Unknown
        : member is null ? Refusal.Forbidden(OnlyParticipants)
        : !theme.HasParticipant(member.Id) ? ThemeWork.JoinFirst(theme.Id, OnlyParticipants)
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så man ikke længere kan tage stilling til forslag i det.")
        : decision.IsSettled || decision.Status == DecisionStatus.Closed || now >= decision.Deadline
            ? Refusal.Conflict("Der kan ikke længere tages stilling til forslaget.")
        : null;

    public static PositionTaken Decide(Decision decision, Member member, TakePosition command, DateTimeOffset now) =>
        new(decision.Id, decision.ThemeId, member.Id, member.Level, member.Body, command.Position!.Value,
            string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), now) { ItemTitle = decision.Title };
}

/// <summary>A decision as a command left it, with its theme: what the door answers with (<see cref="Done.Left"/>).</summary>
public sealed record DecisionLeft(Decision Decision, Theme Theme);

/// <summary>
/// Many members may take positions at the same moment: the decision's stream is locked for the length of each
/// command, so they are taken one after another and none is lost or refused.
/// </summary>
public static class TakePositionHandler
{
    /// <returns>The decision's stream, and the member taking a position as the registry knows them.</returns>
    public static async Task<(ItemStream<Decision>, Member?)> LoadAsync(TakePosition command, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        // The member in the same round trip as the lock, ahead of it: each round trip under the decision's lock is one
        // the others wait through.
        var (decision, member) = await session.FetchForWritingAsync<Decision, Member?>(command.DecisionId,
            batch => actor.MemberId is { } memberId ? batch.Load<Member>(memberId) : Task.FromResult<Member?>(null), ct);
        return (decision, member);
    }

    /// <returns>The outcome; and for a theme in Teams, the refresh of the decision's cards (the tally).</returns>
    public static (Outcome, OutgoingMessages) Handle(
        TakePosition command, ItemStream<Decision> decision, Member? member, Actor actor, ITeamsNews teams, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (TakingPositions.Refuses(decision.Item, decision.Theme, member, actor, now) is { } refusal) return (refusal, []);
        var taken = TakingPositions.Decide(decision.Item!, member!, command, now);
        var done = decision.Append(taken);
        // The answer is the decision with this position, as its snapshot is written in the same commit (the same Apply, and
        // the version Marten gives it): the door shows it without reading the decision and its theme back.
        var left = new DecisionLeft(Decision.Apply(taken, decision.Item!) with { Version = (int)done.Version }, decision.Theme!);
        return (done with { Left = left }, teams.For(decision.Theme!, taken));
    }
}
