using System.ComponentModel;
using Politikerforum.Domain;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("commitment.made", 1), Description("A member promised, on behalf of their body, to deliver something to another level or to the forum by a date.")]
public sealed record CommitmentMadeV1(
    Guid CommitmentId, Guid ThemeId, Level FromLevel, string FromBody,
    [property: Description("The level the promise is made to; absent when it is made to the forum as a whole.")] Level? ToLevel,
    string What, DateOnly DueOn,
    [property: Description("The decision the commitment follows from.")] Guid? DecisionId,
    Person MadeBy, DateTimeOffset MadeAt);

[IntegrationEvent("commitment.fulfilled", 1), Description("The commitment was delivered.")]
public sealed record CommitmentFulfilledV1(
    Guid CommitmentId, Guid ThemeId, string Note,
    [property: Description("Delivered after the date.")] bool Late,
    Person FulfilledBy, DateTimeOffset FulfilledAt);

[IntegrationEvent("commitment.withdrawn", 1), Description("The commitment was withdrawn.")]
public sealed record CommitmentWithdrawnV1(Guid CommitmentId, Guid ThemeId, string Reason, bool Late, Person WithdrawnBy, DateTimeOffset WithdrawnAt);

[IntegrationEvent("commitment.overdue", 1), Description("The date passed and nothing was delivered.")]
public sealed record CommitmentOverdueV1(Guid CommitmentId, Guid ThemeId, DateOnly DueOn, DateTimeOffset FlaggedAt);
