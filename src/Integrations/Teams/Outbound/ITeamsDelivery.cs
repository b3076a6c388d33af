namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// A call the bot makes to Teams, sent through Wolverine's durable outbox. <see cref="Thread"/> is the conversation it
/// goes to: Teams' limits are counted per thread, and Wolverine hands one thread's deliveries to one queue in order,
/// so replies arrive in the order they were written.
/// </summary>
public interface ITeamsDelivery
{
    string Thread { get; }
}
