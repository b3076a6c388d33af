using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// At start and then every <see cref="WebhookOptions.SweepInterval"/>, every node nudges every active subscription. It is
/// the net under the relay: a retry whose scheduled message was lost with a node, or a nudge dead-lettered after
/// database trouble, is picked up here. Nudges are idempotent, so several nodes sweeping costs only a few reads.
/// </summary>
/// <remarks>The message bus is scoped, and a hosted service lives as long as the host: each sweep takes a bus of its own.</remarks>
public sealed class WebhookSweep(IDocumentStore store, IServiceScopeFactory scopes, IOptions<WebhookOptions> options, ILogger<WebhookSweep> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var session = store.QuerySession();
                var active = await session.Query<WebhookSubscription>().Where(s => s.DisabledAt == null && s.DeletedAt == null)
                    .Select(s => s.Id).ToListAsync(stoppingToken);
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
                    foreach (var id in active) await bus.PublishAsync(new DeliverWebhooks(id));
                }
                await Task.Delay(options.Value.SweepInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not sweep webhook subscriptions; trying again");
                await Task.Delay(options.Value.SweepInterval, stoppingToken);
            }
        }
    }
}
