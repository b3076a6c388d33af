using Marten;
using Marten.Services;
using Politikerforum.Domain.Timeline;
using Weasel.Core;
using ISerializer = Marten.ISerializer;

namespace Politikerforum.Domain.Tests.Timeline;

/// <summary>
/// The store writes and reads timeline entries by hand (<see cref="TimelineEntryJson"/>); the JSON must stay what the
/// serializer writes for the store's settings, so entries stored before and after read the same, and SQL on the
/// stored fields (the theme's index, the summary search) finds the same.
/// </summary>
public class when_the_store_keeps_timeline_entries
{
    private static readonly ISerializer Store = StoreSerializer();
    private static readonly ISerializer General = new Marten.Services.SystemTextJsonSerializer { EnumStorage = EnumStorage.AsString, Casing = Casing.CamelCase };

    private static ISerializer StoreSerializer()
    {
        var options = new StoreOptions();
        ForumStore.Configure(options);
        return options.Serializer();
    }

    public static TheoryData<TimelineEntry> Entries() =>
    [
        new()
        {
            Id = 9_007_199_254_740_993, ThemeId = Guid.NewGuid(), Time = new DateTimeOffset(2026, 3, 1, 14, 5, 9, TimeSpan.FromHours(1)).AddTicks(1230),
            Type = "post.published", ActorId = Guid.NewGuid(), ActorRole = "member", SubjectMemberId = Guid.NewGuid(), ItemId = Guid.NewGuid(),
            Summary = "Åse Ærø skrev \"Øget <tilskud> & 'andet'\" – 😀 \\ / \u0001"
        },
        new() { Id = 1, ThemeId = Guid.NewGuid(), Time = DateTimeOffset.UnixEpoch, Type = "lesson.recorded", Summary = "" },
        new() { Type = null!, Summary = null! }
    ];

    [Theory, MemberData(nameof(Entries))]
    public void an_entry_is_written_as_the_serializer_writes_it(TimelineEntry entry) =>
        Assert.Equal(General.ToJson(entry), Store.ToJson(entry));

    [Theory, MemberData(nameof(Entries))]
    public void an_entry_written_by_the_serializer_reads_back_whole(TimelineEntry entry) =>
        Assert.Equivalent(entry, Store.FromJson<TimelineEntry>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(General.ToJson(entry)))), strict: true);

    [Fact]
    public void fields_in_another_order_or_unknown_to_it_are_read_as_the_serializer_reads_them()
    {
        var json = """
            {"summary":"x","unknown":{"a":[1,{"b":null}]},"itemId":null,"id":7,"type":"post.edited","other":"y",
             "time":"2026-03-01T14:05:09.000123+01:00","actorRole":null,"themeId":"6f1c2d2e-8a4b-4c51-9d1e-2f3a4b5c6d7e"}
            """;
        Assert.Equivalent(Read(General, json), Read(Store, json), strict: true);
    }

    private static TimelineEntry Read(ISerializer serializer, string json) =>
        serializer.FromJson<TimelineEntry>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
}
