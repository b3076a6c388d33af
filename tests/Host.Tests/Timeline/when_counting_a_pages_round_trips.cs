using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>
/// Every reader of every page pays each round trip to PostgreSQL, and most of PostgreSQL's work per statement is the
/// statement, not its rows. So a page asks in as few as its read rules allow: whoever may read every lesson gets the theme,
/// its hidden items and the entries in one, and the people on the page from the remembered registry when it knows them;
/// a reader narrowed by lessons waits for the lessons first.
/// </summary>
public sealed class when_counting_a_pages_round_trips(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_member_reads_a_page_in_one_once_its_people_are_remembered()
    {
        var (memberId, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync();
        await mette.PublishAsync(theme, "Første indlæg");
        var reader = new Actor(memberId, new HashSet<Role> { Role.Member }, memberId);
        await Poll.UntilAsync(() => Registry.IsHearing, TimeSpan.FromSeconds(10), () => "the registry's changes are never heard");

        Assert.Equal((3, 2), await PageAsync(theme, reader, Registry));
        Assert.Equal((3, 1), await PageAsync(theme, reader, Registry));
        Assert.Equal((3, 2), await PageAsync(theme, reader, null));
    }

    [Fact]
    public async Task a_reader_narrowed_by_lessons_waits_for_the_lessons()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("public");
        await mette.PublishAsync(theme, "Første indlæg");

        Assert.Equal((3, 3), await PageAsync(theme, new Actor(Guid.Empty, new HashSet<Role> { Role.Integrator }), null));
    }

    private async Task<(int Items, int RoundTrips)> PageAsync(Guid theme, Actor reader, RegistryCache? registry)
    {
        var counted = new RoundTrips();
        await using var session = Store.QuerySession();
        session.Logger = counted;
        var page = await TimelineReads.PageAsync(session, theme, reader, new TimelineFilter([]), null, null, CancellationToken.None, registry: registry);
        return (page!.Items.Count, counted.Count);
    }

    /// <summary>One command or one batch sent to PostgreSQL is one round trip.</summary>
    private sealed class RoundTrips : IMartenSessionLogger
    {
        public int Count { get; private set; }
        public void OnBeforeExecute(NpgsqlCommand command) => Count++;
        public void OnBeforeExecute(NpgsqlBatch batch) => Count++;
        public void LogSuccess(NpgsqlCommand command) { }
        public void LogFailure(NpgsqlCommand command, Exception ex) { }
        public void LogSuccess(NpgsqlBatch batch) { }
        public void LogFailure(NpgsqlBatch batch, Exception ex) { }
        public void LogFailure(Exception ex, string message) { }
        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }
    }
}
