using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Npgsql;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Audit;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
using Weasel.Core;

namespace Politikerforum.Domain;

/// <summary>How the forum's events and read models live in Marten.</summary>
public static class ForumStore
{
    public const string Schema = "forum";

    /// <summary>
    /// How many events a rebuild reads, applies and writes in one go (Marten's default is 500): each page costs
    /// round trips and a commit of its own whatever its size. Inline projections use it only when rebuilt.
    /// </summary>
    public const int RebuildPage = 2_000;

    private static void Rebuilt(AsyncOptions options) => options.BatchSize = RebuildPage;

    /// <summary>
    /// The connection string as every forum process connects with it (the host, <c>ops/projections rebuild</c>, the
    /// bench's seeding): Npgsql prepares the statements it sees repeated, unless the operator set <c>Max Auto Prepare</c>
    /// themselves (0 turns it off). PostgreSQL then plans each once per connection: a timeline page's statements are the
    /// same on every page, and a rebuild writes its snapshots as thousands of the same upsert (Post at 200,000 events:
    /// 11.2 → 4.5 s of PostgreSQL CPU). A pooled connection is still reset on return, with everything <c>DISCARD ALL</c>
    /// resets but the prepared statements (docs/performance.md, round 4: "Projection rebuild" and "The read path"); the
    /// host's requests and handlers take their sessions from a pool of their own without that reset (RequestSessions).
    /// </summary>
    public static string Connecting(string connectionString)
    {
        // Npgsql's own builder knows every keyword whether given or not; the plain one holds only what was written.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 50, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    public static void Configure(StoreOptions opts) => Configure(opts, []);

    /// <param name="passes">Projections registered to be rebuilt together, each pass a Marten composite (ProjectionRebuilds).</param>
    public static void Configure(StoreOptions opts, IReadOnlyList<RebuildPass> passes)
    {
        opts.DatabaseSchemaName = Schema;
        // Timeline entries are read fifty at a time on every page: by hand, in the same JSON (TimelineEntryJson).
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => json.Converters.Add(new TimelineEntryJson()));

        // Who, why and in which trace: the timeline and the audit trail read these back.
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;

        // GDPR erasure rewrites these events in place (Marten's event data masking).
        opts.Events.AddMaskingRuleForProtectedInformation<MemberRegistered>(Erasing.Mask);
        opts.Events.AddMaskingRuleForProtectedInformation<MemberProfileUpdated>(Erasing.Mask);
        opts.Events.AddMaskingRuleForProtectedInformation<ApplicationSubmitted>(Erasing.Mask);
        opts.Events.AddMaskingRuleForProtectedInformation<PostPublished>(Erasing.Mask);
        opts.Events.AddMaskingRuleForProtectedInformation<PostEdited>(Erasing.Mask);
        opts.Events.AddMaskingRuleForProtectedInformation<LessonRecorded>(Erasing.Mask);
        opts.Events.AddMaskingRuleForProtectedInformation<LessonEdited>(Erasing.Mask);

        // Every node's remembered callers are told of a registry change as it commits (RegistryCache).
        opts.Listeners.Add(new RegistryCache.Signalling());

        // Rich appends assign each event its global sequence before inline projections run; the Quick
        // modes leave it 0 there, and the timeline is keyed and paged by that sequence.
        opts.Events.AppendMode = EventAppendMode.Rich;

        // Every projection inline, written with its events; write state doubles as the read model. A store made for a
        // rebuild (ProjectionRebuilds) registers some of them in passes instead, each reading the events once for all its members.
        foreach (var projection in Projections.Where(p => !passes.Any(pass => pass.Members.Contains(p.Name))))
            projection.Inline(opts.Projections);
        foreach (var pass in passes)
        {
            opts.Projections.CompositeProjectionFor(pass.Name, composite =>
            {
                composite.Options.BatchSize = RebuildPage;
                foreach (var projection in Projections.Where(p => pass.Members.Contains(p.Name))) projection.InPass(composite);
            });
        }
        opts.Projections.UseIdentityMapForAggregates = true;
        // A rebuild empties a read model's table and writes every row again: the timeline's and the audit trail's
        // entries are inserts (one per event), which go to PostgreSQL by COPY instead of one statement per row.
        opts.Projections.RebuildWithBulkCopy = true;

        opts.Schema.For<Member>().Index(x => x.EntraObjectId).Index(x => x.Level);
        opts.Schema.For<StaffMember>().Index(x => x.EntraObjectId);
        opts.Schema.For<MembershipApplication>().Index(x => x.EntraObjectId);
        opts.Schema.For<Post>().Index(x => x.ThemeId);
        // Every page of a theme's timeline asks for the theme's hidden posts and lessons (TimelineReads): indexes of only
        // those, which are few, so the question costs alike in a theme of ten posts and of a hundred thousand.
        opts.Schema.For<Post>().Index(x => x.ThemeId, i => (i.Name, i.Predicate) = ("mt_doc_post_idx_hidden_theme_id", Hidden));
        opts.Schema.For<LessonView>().Index(x => x.ThemeId, i => (i.Name, i.Predicate) = ("mt_doc_lessonview_idx_hidden_theme_id", Hidden));
        opts.Schema.For<Decision>().Index(x => x.ThemeId);
        opts.Schema.For<LessonView>().Index(x => x.ThemeId);
        opts.Schema.For<Experiment>().Index(x => x.ThemeId);
        opts.Schema.For<Commitment>().Index(x => x.ThemeId);
        // A theme's timeline is read in sequence order from a cursor: (theme, sequence) lets a page start at the cursor
        // and stop after the page, instead of sorting every entry of the theme.
        opts.Schema.For<TimelineEntry>().Index([x => x.ThemeId, x => x.Id]);
        // Search falls back on trigram similarity (pg_trgm, a trusted extension the database's owner may create) for
        // partial and misspelt words; see Search/SearchSql.
        opts.Storage.ExtendedSchemaObjects.Add(new Weasel.Postgresql.Extension("pg_trgm"));
        opts.Schema.For<AuditEntry>().Index(x => x.ActorId).Index(x => x.ThemeId).Index(x => x.Time);
    }

    /// <summary>A projection of the forum, as it is registered alone (inline) and as a member of a rebuild's pass.</summary>
    private sealed record Projection(string Name, Action<ProjectionOptions> Inline, Action<CompositeProjection> InPass);

    /// <summary>Every projection of the forum, by the name Marten knows it by.</summary>
    private static readonly Projection[] Projections =
    [
        Snapshot<Member>(), Snapshot<Organisation>(), Snapshot<StaffMember>(), Snapshot<Theme>(), Snapshot<Post>(), Snapshot<Decision>(),
        Of<LessonViewProjection>(nameof(LessonView)), Snapshot<Experiment>(), Snapshot<Commitment>(), Snapshot<MembershipApplication>(),
        Of<TimelineProjection>(typeof(TimelineProjection).FullName!), Of<AuditTrailProjection>(typeof(AuditTrailProjection).FullName!)
    ];

    private static Projection Snapshot<T>() where T : notnull =>
        new(typeof(T).Name, p => p.Snapshot<T>(SnapshotLifecycle.Inline, Rebuilt), c => c.Snapshot<T>());

    private static Projection Of<T>(string name) where T : ProjectionBase, IProjectionSource<IDocumentOperations, IQuerySession>, new() =>
        new(name, p => p.Add<T>(ProjectionLifecycle.Inline, Rebuilt), c => c.Add<T>());

    /// <summary>
    /// What Marten asks of a hidden item (<c>Hidden != null</c>), so PostgreSQL sees that the partial index holds it; the
    /// timeline asks it in these words too (TimelineReads).
    /// </summary>
    public const string Hidden = "(data ->> 'hidden') is not null";
}
