namespace Politikerforum.Domain.Commands;

/// <summary>
/// Something a person asks the forum to do. Every door (HTTP, the Teams bot, the Graph import, the secretariat's
/// pages) hands it to <see cref="ForumCommands.RunAsync"/>, and exactly one Wolverine handler carries it out.
/// The ids of what it acts on come from the door (the route, the linked channel), never from a request body,
/// so they are <c>[JsonIgnore]</c>d.
/// </summary>
public interface ICommand;
