namespace Politikerforum.Host.Demo;

/// <summary>Placeholder replaced below.</summary>
public sealed class DemoForum : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
