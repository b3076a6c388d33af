using System.ComponentModel;
using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("experiment.proposed", 1), Description("Members proposed an experiment across levels of government.")]
public sealed record ExperimentProposedV1(
    Guid ExperimentId, Guid ThemeId, string Title, string Hypothesis,
    [property: Description("The bodies taking part, e.g. \"Aarhus Kommune\".")] IReadOnlyList<string> Bodies,
    IReadOnlyList<Level> Levels, DateOnly PlannedEnd, Person ProposedBy, DateTimeOffset ProposedAt);

[IntegrationEvent("experiment.started", 1), Description("The experiment started.")]
public sealed record ExperimentStartedV1(Guid ExperimentId, Guid ThemeId, string Title, Person StartedBy, DateTimeOffset StartedAt);

[IntegrationEvent("experiment.progress-noted", 1), Description("Progress in a running experiment.")]
public sealed record ExperimentProgressNotedV1(Guid ExperimentId, Guid ThemeId, string Note, Person NotedBy, DateTimeOffset NotedAt);

[IntegrationEvent("experiment.concluded", 1), Description("The experiment ended with a result; what went wrong teaches as much as what worked.")]
public sealed record ExperimentConcludedV1(
    Guid ExperimentId, Guid ThemeId, string Title, ExperimentOutcome Outcome, string Summary, Person ConcludedBy, DateTimeOffset ConcludedAt);

[IntegrationEvent("experiment.abandoned", 1), Description("The experiment was given up.")]
public sealed record ExperimentAbandonedV1(Guid ExperimentId, Guid ThemeId, string Title, string Reason, Person AbandonedBy, DateTimeOffset AbandonedAt);
