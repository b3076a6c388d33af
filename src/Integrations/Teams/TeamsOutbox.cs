using JasperFx.Core;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Politikerforum.Integrations.Teams;

/// <summary>How Wolverine carries the bot's deliveries to Teams.</summary>
public static class TeamsOutbox
{
    public const string Queues = "teams";

    public static void UseTeamsOutbox(this WolverineOptions opts)
    {
        // One thread's deliveries go to one durable local queue, in order; different threads go out side by side.
        opts.MessagePartitioning.ByMessage<ITeamsDelivery>(delivery => delivery.Thread)
            .PublishToPartitionedLocalMessaging(Queues, 3, topology =>
            {
                topology.MessagesImplementing<ITeamsDelivery>();
                topology.ConfigureQueues(queue => queue.UseDurableInbox());
            });
        // What Teams refused, or could never take, waits in the dead-letter table for a person to look at; retrying cannot help.
        opts.OnException<UndeliverableException>().MoveToErrorQueue();
        opts.OnException<MessageTooLargeException>().MoveToErrorQueue();
        // Teams busy or down beyond the HTTP retries: try again over the next twenty minutes, then leave it for a person.
        opts.OnException<ConnectorUnavailableException>().ScheduleRetry(1.Minutes(), 5.Minutes(), 15.Minutes()).Then.MoveToErrorQueue();
    }
}
