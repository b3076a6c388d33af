using Microsoft.Extensions.Configuration;
using Politikerforum.Integrations.Teams;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>The bot's settings: their names and defaults, and the one line that names what is wrong.</summary>
public sealed class TeamsSettingsRules
{
    /// <summary>The settings as configured, a later value of a key replacing an earlier one.</summary>
    private static TeamsSettings From(params (string Key, string Value)[] settings) => TeamsSettings.From(new ConfigurationBuilder()
        .AddInMemoryCollection(settings.GroupBy(s => s.Key).Select(s => new KeyValuePair<string, string?>(s.Key, s.Last().Value))).Build());

    [Fact]
    public void without_an_app_id_the_bot_is_off_and_nothing_is_wrong()
    {
        var settings = From();
        Assert.False(settings.IsOn);
        Assert.Null(settings.Problem());
    }

    [Fact]
    public void an_app_id_and_its_password_are_enough_for_microsofts_public_cloud()
    {
        var settings = From(("Teams:AppId", "6f2c1b0e"), ("Teams:AppPassword", "secret"));

        Assert.Null(settings.Problem());
        Assert.Equal("botframework.com", settings.TenantId);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", settings.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", settings.Issuer);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", settings.TokenEndpointOrDefault);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", settings.Authority);
        Assert.Equal(new TimeOnly(8, 0), settings.DigestTimeOfDay);
    }

    [Fact]
    public void a_single_tenant_bot_gets_its_tenants_token_endpoint()
    {
        var settings = From(("Teams:AppId", "6f2c1b0e"), ("Teams:AppPassword", "secret"), ("Teams:TenantId", "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f"));
        Assert.Equal("https://login.microsoftonline.com/b28fdbfd-2b78-4f93-b0f8-8881793f0f8f/oauth2/v2.0/token", settings.TokenEndpointOrDefault);
    }

    [Theory]
    [InlineData("Teams:AppPassword", "", "Teams:AppPassword")]
    [InlineData("Teams:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "Teams:OpenIdMetadataUrl")]
    [InlineData("Teams:TokenEndpoint", "https://login.microsoftonline.com/botframework.com/token", "Teams:TokenEndpoint")]
    [InlineData("Teams:DigestTime", "8 om morgenen", "Teams:DigestTime")]
    public void a_setting_that_cannot_work_is_named_in_one_line(string key, string value, string named)
    {
        var problem = From(("Teams:AppId", "6f2c1b0e"), ("Teams:AppPassword", "secret"), (key, value)).Problem();
        Assert.NotNull(problem);
        Assert.Contains(named, problem);
        Assert.DoesNotContain('\n', problem);
    }
}
