using Wolverine.Http;
using Wolverine.Marten;
using JasperFx.Events;

namespace Politikerforum.Floor;

/// <summary>What a client sends: a position on a decision, as the forum's position command carries it.</summary>
public sealed record TakePosition(Guid DecisionId, Guid ThemeId, Guid MemberId, string Level, string Body, string Position, string Reason);

/// <summary>The one event, with command.sql's payload.</summary>
public sealed record PositionTaken(Guid DecisionId, Guid ThemeId, Guid MemberId, string Level, string Body, string Position, string Reason, DateTimeOffset TakenAt);

/// <summary>The stream's inline snapshot: a text and a count, as command.sql's read-model row. Marten sets Id and Version.</summary>
public sealed class Topic
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Text { get; set; } = "";
    public int Positions { get; set; }

    public static Topic Create(PositionTaken taken) => new() { Text = "Hvem har erfaring med flextrafik på tværs af kommunegrænser?", Positions = 1 };

    public void Apply(PositionTaken taken) => Positions++;
}

/// <summary>The answer: the stream's version after the append.</summary>
public sealed record Taken(Guid Id, long Version);

public static class TakePositionEndpoint
{
    /// <summary>
    /// The aggregate handler workflow: Wolverine fetches the stream for writing (Marten's FetchForWriting, a new
    /// stream when there is none) and commits the appended event with the snapshot when the method returns.
    /// </summary>
    [WolverinePost("/floor/{id}")]
    public static Taken Post(Guid id, TakePosition command, [WriteAggregate(Required = false)] IEventStream<Topic> topic)
    {
        topic.AppendOne(new PositionTaken(command.DecisionId, command.ThemeId, command.MemberId, command.Level, command.Body,
            command.Position, command.Reason, DateTimeOffset.UtcNow));
        return new Taken(id, topic.CurrentVersion ?? 1);
    }
}
