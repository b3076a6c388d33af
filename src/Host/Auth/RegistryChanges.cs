using Npgsql;
using Politikerforum.Domain;

namespace Politikerforum.Host.Auth;

/// <summary>
/// Listens for registry changes committed by any node (<see cref="RegistryCache.Channel"/>) and makes this node's
/// <see cref="RegistryCache"/> forget. While the connection is down the cache remembers nothing, since a change made
/// meanwhile would not be heard; it is opened again after a second.
/// </summary>
public sealed class RegistryChanges(RegistryCache cache, NpgsqlDataSource database, ILogger<RegistryChanges> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => cache.Forget();
                await using (var listen = new NpgsqlCommand($"listen {RegistryCache.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                cache.Hearing(true);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                cache.Hearing(false);
                log.LogWarning(e, "Lost the registry change notifications; identifying callers from the registry until they are back");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                cache.Hearing(false);
            }
        }
    }
}
