using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Audit;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// A rebuild of the audit trail writes its table without the table's secondary indexes and makes them again after
/// (RebuildIndexes): the audit pages read through them once the rebuild ends, however it ends.
/// </summary>
public sealed class when_rebuilding_the_audit_trail(ForumFixture fixture) : ForumTest(fixture)
{
    private static readonly string AuditTrail = typeof(AuditTrailProjection).FullName!;

    [Fact]
    public async Task its_indexes_are_set_aside_while_it_is_written_and_made_again_after()
    {
        var indexes = RebuildIndexes.IndexesOf(Store, AuditTrail);
        Assert.Equal(3, indexes.Count);
        Assert.Equal(indexes.Order(), await IndexesThereAsync(indexes));
        var (_, member) = await MemberAsync();
        await member.PublishAsync(await member.OpenThemeAsync(), "Hvem har erfaring med delte vagtplaner?");

        await RebuildAsync(ProjectionRebuilds.All);

        Assert.Equal(indexes.Order(), await IndexesThereAsync(indexes));
        // Made again as Marten makes them, so its schema check finds nothing to change.
        var audit = ((StoreOptions)Store.Options).Storage.FindFeature(typeof(AuditEntry));
        Assert.Equal(Weasel.Core.SchemaPatchDifference.None, (await Store.Storage.Database.CreateMigrationAsync(audit, CancellationToken.None)).Difference);
        string[] whileWritten = [];
        await RebuildIndexes.AsideAsync(Store, [AuditTrail], async () => whileWritten = await IndexesThereAsync(indexes));
        Assert.Empty(whileWritten);
    }

    [Fact]
    public async Task its_indexes_are_made_again_when_the_rebuild_fails()
    {
        var indexes = RebuildIndexes.IndexesOf(Store, AuditTrail);

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            RebuildIndexes.AsideAsync(Store, [AuditTrail], () => throw new OperationCanceledException("the operator stopped it")));

        Assert.Equal(indexes.Order(), await IndexesThereAsync(indexes));
    }

    [Fact]
    public async Task the_other_read_models_keep_their_indexes_while_they_are_rebuilt()
    {
        Assert.Empty(RebuildIndexes.IndexesOf(Store, typeof(Domain.Timeline.TimelineProjection).FullName!));
        Assert.Empty(RebuildIndexes.IndexesOf(Store, nameof(Domain.Posts.Post)));
    }

    private async Task<string[]> IndexesThereAsync(IReadOnlyList<string> indexes)
    {
        await using var session = Store.QuerySession();
        var there = await session.AdvancedSql.QueryAsync<string>(
            "select indexname from pg_indexes where schemaname = ? and indexname = any(?) order by indexname",
            CancellationToken.None, ForumStore.Schema, indexes.ToArray());
        return [.. there];
    }
}
