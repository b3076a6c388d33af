namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// Work the bot does towards Teams, sent through Wolverine's durable outbox: a call to Teams, or a notice on its way to
/// one. <see cref="Thread"/> is what it must keep its order within: for a call, the conversation it goes to (Teams'
/// limits are counted per thread); for a notice, its theme. Wolverine hands one thread's work to one queue, one after
/// the other, so replies arrive in the order they were written and a theme's notices never race each other.
/// </summary>
public interface ITeamsDelivery
{
    string Thread { get; }
}
