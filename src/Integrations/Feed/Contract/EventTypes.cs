using System.ComponentModel;
using System.Reflection;

namespace Politikerforum.Integrations.Feed.Contract;

/// <param name="Data">The record that is the event's <c>data</c>.</param>
public sealed record EventType(string Name, int Version, Type Data, string Description);

/// <summary>Every public integration event type, found from the records marked <see cref="IntegrationEventAttribute"/>.</summary>
public static class EventTypes
{
    public static IReadOnlyList<EventType> All { get; } =
    [
        .. typeof(EventTypes).Assembly.GetTypes()
            .Select(t => (Type: t, Mark: t.GetCustomAttribute<IntegrationEventAttribute>()))
            .Where(x => x.Mark is not null)
            .Select(x => new EventType(x.Mark!.Type, x.Mark.Version, x.Type, x.Type.GetCustomAttribute<DescriptionAttribute>()?.Description ?? ""))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
    ];

    private static readonly Dictionary<Type, EventType> ByData = All.ToDictionary(t => t.Data);
    private static readonly Dictionary<string, EventType> ByName = All.ToDictionary(t => t.Name);

    public static EventType Of(object data) => ByData[data.GetType()];

    public static EventType? Named(string name) => ByName.GetValueOrDefault(name);
}
