using System.Diagnostics;
using System.Text.RegularExpressions;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Tests.Support;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>
/// A theme with 100,000 timeline entries, followed by 100,000 of another theme's: any page of the long one, the last
/// included, is read from the cursor and stops after the page — it never sorts, nor walks through the other theme's entries.
/// </summary>
public sealed partial class when_the_timeline_is_long(ForumFixture fixture, ITestOutputHelper output) : ForumTest(fixture)
{
    private const int Entries = 100_000;
    private const long First = 1_000_001;

    [Fact]
    public async Task every_page_is_read_from_the_theme_and_sequence_index_at_the_cursor()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync();
        var other = await mette.OpenThemeAsync(title: "Et andet tema");
        var start = Clock.GetUtcNow().AddDays(-400);
        // Stored as the projection stores them: a busy theme's year, then another theme's.
        await Store.BulkInsertAsync(Enumerable.Range(0, 2 * Entries).Select(i => new TimelineEntry
        {
            Id = First + i, ThemeId = i < Entries ? theme : other, Time = start.AddMinutes(i * 2), Type = "post.published",
            ActorId = Guid.Empty, ActorRole = "secretariat", Summary = $"Indlæg nr. {i}"
        }).ToList());
        await SqlAsync("analyze forum.mt_doc_timelineentry");

        var reader = new Actor(Guid.Empty, new HashSet<Role> { Role.Secretariat });
        foreach (var (after, expected) in new (long?, int)[] { (null, Page.DefaultLimit), (First + Entries / 2, Page.DefaultLimit), (First + Entries - 20, 19) })
        {
            var commands = new TimelineCommands();
            await using var session = Store.QuerySession();
            session.Logger = commands;
            var watch = Stopwatch.StartNew();
            var page = (await TimelineReads.PageAsync(session, theme, reader, new TimelineFilter([]), after, Page.DefaultLimit, CancellationToken.None))!;
            var took = watch.Elapsed;
            Assert.Equal(expected, page.Items.Count);
            Assert.Equal(page.Items.Select(e => e.Sequence).Order(), page.Items.Select(e => e.Sequence));
            if (after is { } cursor) Assert.Equal(Enumerable.Range(1, expected).Select(i => cursor + i), page.Items.Select(e => e.Sequence));

            var plan = await PlanAsync(commands.Single());
            output.WriteLine($"after {after?.ToString() ?? "nothing"}: {took.TotalMilliseconds:F0} ms\n{string.Join("\n", plan)}");
            Assert.DoesNotContain(plan, line => line.Contains("Sort") || line.Contains("Seq Scan"));
            Assert.True(RowsRemoved(plan) < 1_000, $"The page read {RowsRemoved(plan)} rows it did not show.");
            // Generous for a shared two-core machine; walking or sorting 100,000 entries takes far longer.
            Assert.True(took < TimeSpan.FromSeconds(1), $"A page took {took.TotalMilliseconds:F0} ms.");
        }
    }

    /// <summary>The SQL the timeline's read ran for the page, explained by PostgreSQL as it runs.</summary>
    private async Task<List<string>> PlanAsync(NpgsqlCommand command)
    {
        await using var explain = Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("explain (analyze, costs off) " + command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return plan;
    }

    private static int RowsRemoved(IEnumerable<string> plan) =>
        plan.Select(line => RemovedRows().Match(line)).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value));

    [GeneratedRegex(@"Rows Removed by Filter: (\d+)")]
    private static partial Regex RemovedRows();

    private async Task SqlAsync(string sql)
    {
        await using var command = Host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The commands a session runs against the timeline's table.</summary>
    private sealed class TimelineCommands : IMartenSessionLogger
    {
        private readonly List<NpgsqlCommand> _commands = [];

        public NpgsqlCommand Single() => Assert.Single(_commands);

        public void OnBeforeExecute(NpgsqlCommand command)
        {
            if (command.CommandText.Contains("mt_doc_timelineentry")) _commands.Add(command);
        }

        public void OnBeforeExecute(NpgsqlBatch batch)
        {
            foreach (var command in batch.BatchCommands.Cast<NpgsqlBatchCommand>().Where(c => c.CommandText.Contains("mt_doc_timelineentry")))
            {
                var copy = new NpgsqlCommand(command.CommandText);
                foreach (NpgsqlParameter parameter in command.Parameters) copy.Parameters.Add(parameter.Clone());
                _commands.Add(copy);
            }
        }

        public void LogSuccess(NpgsqlCommand command) { }
        public void LogFailure(NpgsqlCommand command, Exception ex) { }
        public void LogSuccess(NpgsqlBatch batch) { }
        public void LogFailure(NpgsqlBatch batch, Exception ex) { }
        public void LogFailure(Exception ex, string message) { }
        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }
    }
}
