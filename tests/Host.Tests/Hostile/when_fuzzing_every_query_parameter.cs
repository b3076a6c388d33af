using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Host.Tests.Support;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// Hostile values in every query parameter of every endpoint, as the API description lists them (so a new parameter is
/// fuzzed too): a NUL character, the all-zero id, numbers and lists where names belong, broken encodings, huge and empty
/// values, the parameter twice. Never a 5xx, and nothing written by a request that is not answered 2xx.
/// </summary>
public sealed class when_fuzzing_every_query_parameter(ForumFixture fixture, ITestOutputHelper output) : ForumTest(fixture)
{
    private static readonly string[] Values =
    [
        "%00", "a%00b", "00000000-0000-0000-0000-000000000000", "2", "-1", "99999999999999999999", "kommune,region", "kommune%2Cregion",
        "%ED%A0%80", "%FF%FE", "%C3%28", "' or 1=1 --", "<script>", "", "%20", new string('x', 5_000), "2026-13-45", "1e999", "NaN", "true"
    ];

    [Fact]
    public async Task no_value_gives_a_server_error_or_a_partial_write()
    {
        var scenario = await FuzzScenario.SeedAsync(Admin, As, Clock.GetUtcNow());
        var db = Host.Services.GetRequiredService<NpgsqlDataSource>();
        var parameters =
            (from description in Host.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items)
             where description.RelativePath?.StartsWith("api/") == true
             from parameter in description.ParameterDescriptions
             where parameter.Source == BindingSource.Query
             select (Method: description.HttpMethod!, Route: "/" + description.RelativePath!, Parameter: parameter.Name)).ToList();
        Assert.True(parameters.Count >= 30, $"Only {parameters.Count} query parameters found");
        var callers = new[] { Admin, scenario.Author, Integrator };
        var random = new Random(4_2024);
        var failures = new List<string>();
        await Footprint.SettleAsync(db);
        var footprint = await Footprint.TakeAsync(db);

        foreach (var (method, route, parameter) in parameters)
        foreach (var value in Values)
        {
            var twice = random.Next(5) == 0 ? $"&{parameter}=kommune" : "";
            var path = random.Next(10) == 0 ? FuzzScenario.AllZeros(route) : scenario.Fill(route);
            var url = $"{path}?{parameter}={value}{twice}";
            using var response = await callers[random.Next(callers.Length)].SendAsync(new HttpMethod(method), url,
                completion: HttpCompletionOption.ResponseHeadersRead);
            var status = (int)response.StatusCode;
            // A live stream that was let in never ends: its status is the answer.
            var text = response.Content.Headers.ContentType?.MediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync();
            var what = $"{method} {url[..Math.Min(200, url.Length)]} gave {status}: {text[..Math.Min(300, text.Length)]}";
            if (status >= 500 || text.Contains("Exception")) failures.Add("Server error: " + what);
            if (value.Contains("%00") && status != 400) failures.Add("A NUL character was not refused: " + what);
            (footprint, var changes) = await footprint.AfterAsync(db, status, null);
            if (changes.Count > 0) failures.Add($"Partial write ({string.Join(", ", changes)}): {what}");
        }

        output.WriteLine($"Fuzzed {parameters.Count} query parameters with {Values.Length} values each: {failures.Count} failures.");
        foreach (var failure in failures) output.WriteLine(failure);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}
