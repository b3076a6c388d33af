using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Feed;

/// <summary>
/// A domain event as integrators see it: its contract type, the entity it is about (the CloudEvents <c>subject</c>, the
/// entity's path under <c>/api</c>), the theme it belongs to and its data record.
/// </summary>
public sealed record PublicEvent(EventType Type, string Subject, Guid ThemeId, object Data);
