using System.ComponentModel;
using Politikerforum.Domain.Lessons;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("lesson.recorded", 1),
 Description("A member shared a lesson: what worked, what went wrong, or both. Only lessons shared publicly are published.")]
public sealed record LessonRecordedV1(
    Guid LessonId, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags,
    [property: Description("The experiment the lesson comes from.")] Guid? SourceExperimentId,
    [property: Description("The decision the lesson comes from.")] Guid? SourceDecisionId,
    Person Author, DateTimeOffset RecordedAt);

[IntegrationEvent("lesson.edited", 1), Description("The author corrected the lesson.")]
public sealed record LessonEditedV1(Guid LessonId, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags, DateTimeOffset EditedAt);

[IntegrationEvent("lesson.endorsed", 1), Description("\"Det kan jeg bruge\": a member found the lesson useful.")]
public sealed record LessonEndorsedV1(Guid LessonId, Guid ThemeId, Person EndorsedBy, DateTimeOffset EndorsedAt);

[IntegrationEvent("lesson.hidden", 1),
 Description("The secretariat hid the lesson. While it is hidden nothing else of it is published: drop what you keep of it.")]
public sealed record LessonHiddenV1(Guid LessonId, Guid ThemeId, DateTimeOffset HiddenAt);

[IntegrationEvent("lesson.restored", 1), Description("The secretariat made a hidden lesson visible again.")]
public sealed record LessonRestoredV1(Guid LessonId, Guid ThemeId, DateTimeOffset RestoredAt);
