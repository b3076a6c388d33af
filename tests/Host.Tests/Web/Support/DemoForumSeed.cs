using Alba;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Demo;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>The demo forum (<c>ops/run</c>'s): members from all four levels, the secretariat, four themes (one of them quiet), lessons, decisions, commitments.</summary>
public static class DemoForumSeed
{
    public const string Workforce = "Fremtidens arbejdskraft", Climate = "Klimatilpasning på tværs", Health = "Sundhedsklynger og det nære sundhedsvæsen",
        Quiet = "Digital borgerservice på tværs af myndigheder";

    public static async Task SeedAsync(IAlbaHost host, TimeProvider clock)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection([new("Forum:SeedDemoData", "true")]).Build();
        await new DemoForum(host.Services.GetRequiredService<IDocumentStore>(), host.Services.GetRequiredService<IServiceScopeFactory>(), settings, clock,
            NullLogger<DemoForum>.Instance).StartAsync(CancellationToken.None);
    }

    public static async Task<Guid> ThemeAsync(IAlbaHost host, string title)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<Theme>().SingleAsync(t => t.Title == title)).Id;
    }
}
