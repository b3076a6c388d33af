using System.ComponentModel;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("theme.opened", 1), Description("A public theme was opened: a cross-cutting challenge the forum works on.")]
public sealed record ThemeOpenedV1(Guid ThemeId, string Title, string Description, Person OpenedBy, DateTimeOffset OpenedAt);

[IntegrationEvent("theme.updated", 1), Description("The theme's title or description changed.")]
public sealed record ThemeUpdatedV1(Guid ThemeId, string Title, string Description, Person UpdatedBy, DateTimeOffset UpdatedAt);

[IntegrationEvent("theme.archived", 1), Description("The theme was archived: everything in it stays readable, nothing more happens in it.")]
public sealed record ThemeArchivedV1(Guid ThemeId, Person ArchivedBy, DateTimeOffset ArchivedAt);

[IntegrationEvent("theme.participant-joined", 1), Description("A member took part in the theme, from the level and body they had when they joined.")]
public sealed record ParticipantJoinedV1(Guid ThemeId, Person Participant, Person AddedBy, DateTimeOffset JoinedAt);

[IntegrationEvent("theme.participant-left", 1), Description("A member no longer takes part in the theme.")]
public sealed record ParticipantLeftV1(Guid ThemeId, Person Participant, Person RemovedBy, DateTimeOffset LeftAt);

[IntegrationEvent("theme.pace-switch-requested", 1),
 Description("A participant asked to switch the theme's pace; it takes effect when a participant from another level asks the same.")]
public sealed record PaceSwitchRequestedV1(
    Guid ThemeId, Pace Pace, string? Reason,
    [property: Description("The end of the urgent period asked for; absent when asking to return to normal pace.")] DateTimeOffset? Until,
    Person RequestedBy, DateTimeOffset RequestedAt);

[IntegrationEvent("theme.pace-switched", 1),
 Description("The theme switched pace: \"urgent\" (hurtig handling) until a time, or back to \"normal\".")]
public sealed record PaceSwitchedV1(
    Guid ThemeId, Pace Pace, string? Reason, DateTimeOffset? Until,
    [property: Description("The secretariat alone, or the two participants from different levels who asked for it.")] IReadOnlyList<Person> SwitchedBy,
    DateTimeOffset SwitchedAt);

[IntegrationEvent("theme.pace-reverted", 1), Description("The urgent period ran out and the theme went back to normal pace by itself.")]
public sealed record PaceRevertedV1(Guid ThemeId, DateTimeOffset RevertedAt);
