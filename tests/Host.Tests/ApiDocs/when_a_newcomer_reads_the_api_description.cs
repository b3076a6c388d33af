using System.Text.Json;
using System.Text.RegularExpressions;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.ApiDocs;

/// <summary>
/// The OpenAPI document at /openapi/v1.json (and /docs, which shows it) is what integrators build against: it must be
/// valid by a validator nobody here wrote, and every operation must say what it does, where it belongs and what it answers.
/// </summary>
public sealed partial class when_a_newcomer_reads_the_api_description(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<string> DocumentAsync()
    {
        var response = await Host.Server.CreateClient().GetAsync("/openapi/v1.json");
        await response.ShouldHaveStatusAsync(200);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name.ToUpperInvariant(), op.Value))).ToList();

    private static bool HasText(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    [Fact]
    public async Task an_openapi_validator_nobody_here_wrote_accepts_it()
    {
        var (exitCode, output) = await OpenApiValidator.ValidateAsync(await DocumentAsync());

        Assert.True(exitCode == 0, $"@apidevtools/swagger-parser rejects /openapi/v1.json:\n{output}");
    }

    [Fact]
    public async Task every_operation_has_a_summary_a_description_an_operation_id_and_a_described_feature_tag()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;
        var tags = document.GetProperty("tags").EnumerateArray()
            .ToDictionary(t => t.Text("name")!, t => t.TryGetProperty("description", out var d) ? d.GetString() : null);
        var operations = Operations(document);

        var problems = operations.SelectMany(o => ProblemsOf(o.Operation, tags).Select(p => $"{o.Method} {o.Path}: {p}")).ToList();

        Assert.True(operations.Count > 60, $"Only {operations.Count} operations in the document.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var ids = operations.Select(o => o.Operation.Text("operationId")).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static IEnumerable<string> ProblemsOf(JsonElement operation, IReadOnlyDictionary<string, string?> tags)
    {
        if (!HasText(operation, "summary") || GeneratedName().IsMatch(operation.Text("summary")!)) yield return "no summary";
        if (!HasText(operation, "description")) yield return "no description";
        if (!HasText(operation, "operationId") || GeneratedName().IsMatch(operation.Text("operationId")!)) yield return "no operationId of its own";
        var tagged = operation.TryGetProperty("tags", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        if (tagged.Count != 1) yield return $"{tagged.Count} tags, not one feature";
        else if (!tags.TryGetValue(tagged[0], out var description) || string.IsNullOrWhiteSpace(description)) yield return $"tag '{tagged[0]}' is not a described feature";
    }

    [Fact]
    public async Task every_success_says_what_it_answers_and_no_answer_is_an_untyped_result()
    {
        var text = await DocumentAsync();
        var document = JsonDocument.Parse(text).RootElement;

        var problems = new List<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            if (!responses.Any(r => r.Name.StartsWith('2'))) problems.Add($"{method} {path}: no success response");
            foreach (var response in responses.Where(r => r.Name is "200" or "201"))
                if (!response.Value.TryGetProperty("content", out var content)
                    || !content.EnumerateObject().Any()
                    || content.EnumerateObject().Any(media => !media.Value.TryGetProperty("schema", out var schema) || IsUntyped(schema)))
                    problems.Add($"{method} {path}: {response.Name} without a real schema");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.DoesNotContain("IResult", text);
    }

    /// <summary>No schema worth the name: empty, or what ASP.NET's result types (<c>IResult</c>, <c>Ok&lt;T&gt;</c>, …) describe.</summary>
    private static bool IsUntyped(JsonElement schema) =>
        !schema.EnumerateObject().Any()
        || (schema.TryGetProperty("$ref", out var reference) && ResultType().IsMatch(reference.GetString()!));

    [Fact]
    public async Task the_problems_each_operation_can_answer_are_documented_where_they_can_occur_and_only_there()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;
        string[] Statuses(string path, string method) => document.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s[0] is '4' or '5').Order().ToArray();

        // A write with a body, creating something: every refusal of the command door, no 404 (it names nothing by id).
        Assert.Equal(["400", "401", "403", "409", "413", "415", "422", "429"], Statuses("/api/themes", "post"));
        // A read of one thing by id: no body, no command.
        Assert.Equal(["401", "403", "404", "429"], Statuses("/api/themes/{id}", "get"));
        // A PUT has no Idempotency-Key, so no 422.
        Assert.Equal(["400", "401", "403", "404", "409", "413", "415", "429"], Statuses("/api/posts/{id}", "put"));
        // Anonymous: no token, so no 401 or 403, and no bearer requirement; its paging parameters can be unreadable (400).
        Assert.Equal(["400", "429"], Statuses("/api/feed/schemas", "get"));
        Assert.False(document.GetProperty("paths").GetProperty("/api/feed/schemas").GetProperty("get").TryGetProperty("security", out _));

        var problem = document.GetProperty("paths").GetProperty("/api/themes/{id}").GetProperty("get").GetProperty("responses").GetProperty("404");
        Assert.Equal("#/components/schemas/ProblemDetails", problem.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").Text("$ref"));
        Assert.Contains("traceId", document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task the_bearer_scheme_is_declared_and_required_by_every_operation_that_needs_a_token()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.Text("type"));
        Assert.Equal("bearer", scheme.Text("scheme"));
        Assert.Equal("JWT", scheme.Text("bearerFormat"));
        var unsecured = (Operations(document))
            .Where(o => o.Operation.GetProperty("responses").TryGetProperty("401", out _))
            .Where(o => !o.Operation.TryGetProperty("security", out var s) || !s.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _)))
            .Select(o => $"{o.Method} {o.Path}").ToList();
        Assert.Empty(unsecured);
    }

    [Fact]
    public async Task optional_fields_are_not_required_enum_lists_name_their_values_and_main_bodies_have_danish_examples()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        string[] Required(string schema) => schemas.GetProperty(schema).GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToArray();

        // replyTo is Guid?, party and entraObjectId string?: optional. level is Level? but [Required]: the rule refuses it missing.
        Assert.Equal(["text"], Required("PublishPost"));
        Assert.Equal(["name", "email", "level", "body"], Required("RegisterMember"));

        var timeline = document.GetProperty("paths").GetProperty("/api/themes/{id}/timeline").GetProperty("get");
        var types = timeline.GetProperty("parameters").EnumerateArray().Single(p => p.Text("name") == "types");
        Assert.Equal("array", types.GetProperty("schema").Text("type"));
        Assert.False(types.GetProperty("explode").GetBoolean());
        Assert.Contains("post.published", types.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var example = document.GetProperty("paths").GetProperty("/api/themes").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("Klimatilpasning og skybrud", example.Text("title"));
    }

    /// <summary>What Wolverine makes up when an endpoint names nothing: <c>GET_api_themes_id_timeline</c>.</summary>
    [GeneratedRegex("^(GET|POST|PUT|DELETE|PATCH)_")]
    private static partial Regex GeneratedName();

    [GeneratedRegex(@"/(IResult|IActionResult|ActionResult\w*|Ok(Of\w+)?|NoContent|CreatedOf\w+|AcceptedOf\w+|JsonHttpResultOf\w+|Results\w*)$")]
    private static partial Regex ResultType();
}
