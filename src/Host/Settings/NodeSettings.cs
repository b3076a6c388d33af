using Wolverine;

namespace Politikerforum.Host.Settings;

/// <summary>
/// Section <c>Nodes</c>: several hosts on one database. Each node writes a heartbeat; a node whose heartbeat is older than
/// <see cref="DeadAfter"/> is taken for dead, and the elected leader hands its projection and subscription agents, and
/// the messages it had taken, to the live nodes. Shorter is a faster take-over, but a node stalled that long (a long
/// garbage collection, a paused VM) is then also taken for dead, and its work started twice for a moment.
/// </summary>
public sealed class NodeSettings : ISettings
{
    public static string Section => "Nodes";

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan DeadAfter { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (HeartbeatInterval <= TimeSpan.Zero)
            yield return $"Nodes:HeartbeatInterval must be positive (e.g. 00:00:10); it is {HeartbeatInterval}.";
        else if (DeadAfter < 2 * HeartbeatInterval)
            yield return $"Nodes:DeadAfter must be at least twice Nodes:HeartbeatInterval ({HeartbeatInterval}), " +
                         $"or a node missing one heartbeat is taken for dead; it is {DeadAfter}.";
    }
}

public static class NodeSetup
{
    public static void UseNodeSettings(this WolverineOptions opts, IConfiguration configuration)
    {
        var nodes = configuration.GetSection(NodeSettings.Section).Get<NodeSettings>() ?? new NodeSettings();
        opts.Durability.HealthCheckPollingTime = nodes.HeartbeatInterval;
        opts.Durability.StaleNodeTimeout = nodes.DeadAfter;
    }
}
