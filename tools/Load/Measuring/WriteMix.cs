using System.Text.Json;
using Politikerforum.Load.Seeding;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// The write load: posts 60 %, positions 25 %, lessons 10 %, experiment steps (progress notes) 5 %. Posts and
/// lessons go to any seeded theme; positions to a few hot decisions, where members contend for one stream;
/// notes to the running experiments. Client <c>i</c> acts as bench member <c>i</c>, who takes part in every theme.
/// </summary>
public sealed class WriteMix(Manifest manifest, Tokens tokens, ForumClient http)
{
    public const string Post = "post", Position = "position", Lesson = "lesson", ExperimentStep = "experiment-step";

    private static readonly string[] Positions = ["support", "object", "abstain"];

    public static string MemberOf(int client) => $"bench-member-{client:00}";

    public async Task<Sample> NextAsync(int client, Random random, CancellationToken ct)
    {
        var token = tokens.For(MemberOf(client));
        var roll = random.Next(100);
        var (kind, path, body) = roll switch
        {
            < 60 => (Post, $"/api/themes/{AnyTheme(random)}/posts", Json(new { text = Texts.Paragraph(random) })),
            < 85 => (Position, $"/api/decisions/{Any(manifest.HotDecisions, random)}/positions",
                Json(new { position = Positions[random.Next(3)], reason = Texts.Paragraph(random) })),
            < 95 => (Lesson, $"/api/themes/{AnyTheme(random)}/lessons", Json(new
            {
                title = "Erfaring fra forsøget", text = Texts.Paragraph(random), kind = "mixed", tags = new[] { "samarbejde" }, confidentiality = "forum"
            })),
            _ => (ExperimentStep, $"/api/experiments/{Any(manifest.RunningExperiments, random)}/progress", Json(new { note = Texts.Paragraph(random) }))
        };
        return (await http.SendAsync(kind, HttpMethod.Post, path, token, body, ct)).Sample;
    }

    private Guid AnyTheme(Random random) => manifest.Themes[random.Next(manifest.Themes.Count)].Id;

    private static Guid Any(IReadOnlyList<Guid> ids, Random random) => ids[random.Next(ids.Count)];

    private static string Json(object body) => JsonSerializer.Serialize(body);
}
