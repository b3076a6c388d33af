using System.Buffers;
using System.Text.Json;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Timeline;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>
/// The timeline page's JSON is written by hand (<see cref="TimelinePageJson"/>); the API's contract is the serializer's
/// JSON for the API's settings, so the two must give the same bytes for every shape a page takes.
/// </summary>
public class when_writing_a_timeline_page
{
    private static JsonSerializerOptions ApiJson()
    {
        var options = new Microsoft.AspNetCore.Http.Json.JsonOptions().SerializerOptions;
        ForumJson.Configure(options);
        return options;
    }

    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 3, 1, 14, 5, 9, TimeSpan.FromHours(1)).AddTicks(1230);

    public static TheoryData<string> Shapes() => ["empty", "last", "full"];

    private static Page<TimelineItem> PageOf(string shape) => shape switch
    {
        "empty" => new([], null),
        "last" => new([new(1, DateTimeOffset.UnixEpoch, "theme.opened", new(null, "Tidligere medlem", null, null, "member"), "", null, null)], null),
        _ => new(
        [
            new(9_007_199_254_740_993, At, "post.published",
                new(Guid.NewGuid(), "Åse Ærø-Østergård", Level.Europaparlamentet, "Region \"Syd\" <&> 'x'", "member"),
                "Åse skrev: \"Øget tilskud\" – 😀 \\ / \u0001 \u2028", Guid.NewGuid(), null),
            new(2, At.ToOffset(TimeSpan.Zero), "participant.joined", new(Guid.NewGuid(), "Sekretariatet", null, null, "secretariat"),
                "Bo blev føjet til", null, new(Guid.NewGuid(), "Bo Ravn", Level.Kommune, "Aarhus Kommune", "member")),
            new(3, At, "lesson.recorded", new(null, "Chatham House", null, null, "member"), "En erfaring", Guid.NewGuid(), null),
            new(4, At, null!, null!, null!, null, new(null, null!, (Level)42, null, null!))
        ], "4")
    };

    [Theory, MemberData(nameof(Shapes))]
    public void its_bytes_are_the_serializers(string shape)
    {
        var options = ApiJson();
        var page = PageOf(shape);
        var written = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(written, TimelinePageJson.WriterOptions(options)))
            TimelinePageJson.Write(writer, page, options);
        Assert.Equal(JsonSerializer.Serialize(page, options), System.Text.Encoding.UTF8.GetString(written.WrittenSpan));
    }
}
