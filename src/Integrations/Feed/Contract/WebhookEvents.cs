using System.ComponentModel;

namespace Politikerforum.Integrations.Feed.Contract;

[IntegrationEvent("webhook.test", 1),
 Description("Sent only to a webhook, when its owner asks for a test (POST /api/webhooks/{id}/test); never in the feed.")]
public sealed record WebhookTestV1(Guid SubscriptionId, string Message);
