using System.ComponentModel;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("post.published", 1), Description("A post in a theme's discussion; without replyTo it starts a thread.")]
public sealed record PostPublishedV1(
    Guid PostId, Guid ThemeId,
    [property: Description("The thread's first post.")] Guid ThreadId,
    [property: Description("The post this one answers.")] Guid? ReplyTo,
    [property: Description("Absent once the author has retracted the post: its words are no longer published.")] string? Text,
    Person Author, DateTimeOffset PublishedAt);

[IntegrationEvent("post.edited", 1), Description("The author corrected the post.")]
public sealed record PostEditedV1(
    Guid PostId, Guid ThemeId,
    [property: Description("Absent once the author has retracted the post.")] string? Text,
    DateTimeOffset EditedAt);

[IntegrationEvent("post.retracted", 1), Description("The author retracted the post: drop its text wherever you keep it.")]
public sealed record PostRetractedV1(Guid PostId, Guid ThemeId, DateTimeOffset RetractedAt);

[IntegrationEvent("post.hidden", 1),
 Description("The secretariat hid the post. While it is hidden nothing else of it is published: drop what you keep of it.")]
public sealed record PostHiddenV1(Guid PostId, Guid ThemeId, DateTimeOffset HiddenAt);

[IntegrationEvent("post.restored", 1),
 Description("The secretariat made a hidden post visible again; read the feed from its beginning, or the post itself, for its text.")]
public sealed record PostRestoredV1(Guid PostId, Guid ThemeId, DateTimeOffset RestoredAt);
