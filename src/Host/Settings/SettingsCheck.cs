using Microsoft.Extensions.Options;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Webhooks;

namespace Politikerforum.Host.Settings;

/// <summary>
/// Binds every section of settings and validates it when the host starts (<c>ValidateOnStart</c>). <see cref="Problem"/>
/// runs the very same validation before the host is even built, so a missing or malformed setting stops the forum
/// with one line naming it (exit code 1) instead of a stack trace from whichever part reads it first.
/// </summary>
public static class SettingsCheck
{
    public static IServiceCollection AddForumSettings(this IServiceCollection services) => services
        .AddSection<DatabaseSettings>()
        .AddSection<AuthSettings>()
        .AddSection<IdempotencySettings>()
        .AddSection<RateLimitSettings>()
        .AddSection<HttpSettings>()
        .AddSection<ForumSettings>()
        .AddSection<ApiSettings>()
        .AddSection<TelemetrySettings>()
        .AddSection<NodeSettings>();

    /// <summary>The first problem with the configuration, as one line; null when the forum can start.</summary>
    public static string? Problem(IConfiguration configuration, IHostEnvironment environment)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton(environment)
            .AddForumSettings();
        // The integrators' sections belong to the integrations (IntegratorSetup); bound here too, a malformed value
        // in them is one line like any other.
        services.AddOptions<FeedOptions>().BindConfiguration("Feed").ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration("Webhooks").ValidateOnStart();
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException invalid)
        {
            return invalid.Failures.First();
        }
        catch (AggregateException several) when (several.InnerExceptions.FirstOrDefault() is OptionsValidationException invalid)
        {
            return invalid.Failures.First();
        }
        // The binder's own message names the setting, the value and the type it should have been (never a secret:
        // every secret is a string, which always binds).
        catch (InvalidOperationException malformed)
        {
            return malformed.Message;
        }
    }

    private static IServiceCollection AddSection<T>(this IServiceCollection services) where T : class, ISettings
    {
        services.AddOptions<T>()
            .Configure<IConfiguration>((settings, configuration) =>
                (T.Section.Length == 0 ? configuration : configuration.GetSection(T.Section)).Bind(settings))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, SettingsRules<T>>();
        return services;
    }

    private sealed class SettingsRules<T>(IHostEnvironment environment) : IValidateOptions<T> where T : class, ISettings
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            options.Problems(environment).FirstOrDefault() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
