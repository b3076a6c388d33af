using System.Net.Http.Json;
using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Hostile;

public sealed class when_input_is_hostile(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_body_of_null_is_a_400_not_a_500()
    {
        var (themeId, _, author) = await AuthorOfAPostAsync();
        var before = await EventCountAsync();

        var problem = await (await author.PostAsync($"/api/themes/{themeId}/posts", "null")).ShouldBeProblemAsync(400);

        Assert.Equal("Forespørgslen skal have et JSON-objekt som indhold.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_body_over_256_kb_is_a_413_in_danish()
    {
        var (themeId, _, author) = await AuthorOfAPostAsync();
        var before = await EventCountAsync();

        var response = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = new string('x', 300 * 1024) });

        Assert.Equal("Forespørgslen er større, end forummet tager imod.", (await response.ShouldBeProblemAsync(413)).Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_chunked_body_over_256_kb_is_a_413_too()
    {
        var (themeId, _, _) = await AuthorOfAPostAsync();
        var client = Host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/themes/{themeId}/posts")
        {
            Content = new StreamContent(new MemoryStream(new byte[300 * 1024])) // no Content-Length is sent for a plain stream here
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Content.Headers.ContentLength = null;
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new("Bearer", Tokens.For("admin", "admin-oid"));

        await (await client.SendAsync(request)).ShouldBeProblemAsync(413);
    }

    [Fact]
    public async Task a_tag_too_long_is_refused_on_its_field()
    {
        var (themeId, _, author) = await AuthorOfAPostAsync();

        var response = await author.PostAsync($"/api/themes/{themeId}/lessons",
            new { title = "Vagtplan", text = "Det virkede", kind = "worked", confidentiality = "forum", tags = new[] { new string('t', 101) } });

        Assert.Equal("Hvert emneord skal udfyldes og må højst være 100 tegn.", (await response.ShouldBeProblemAsync(400)).FieldError("tags"));
    }

    [Fact]
    public async Task more_than_four_levels_are_refused_on_their_field()
    {
        var (themeId, _, author) = await AuthorOfAPostAsync();

        var response = await author.PostAsync($"/api/themes/{themeId}/decisions", new
        {
            title = "Fælles vagtplan", proposal = "Vi deler vagtplan", deadline = Clock.GetUtcNow().AddDays(3),
            requiredLevels = Enumerable.Repeat("kommune", 5)
        });

        Assert.Equal("Der er fire niveauer; angiv hvert højst én gang.", (await response.ShouldBeProblemAsync(400)).FieldError("requiredLevels"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task a_body_not_sent_as_json_is_a_415_in_danish_that_says_so(string? contentType)
    {
        var (themeId, _, _) = await AuthorOfAPostAsync();
        var before = await EventCountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/themes/{themeId}/posts") { Content = new ByteArrayContent("{\"text\":\"Hej\"}"u8.ToArray()) };
        if (contentType is not null) request.Content.Headers.ContentType = new(contentType);
        request.Headers.Authorization = new("Bearer", Tokens.For("admin", "admin-oid"));

        var problem = await (await Host.Server.CreateClient().SendAsync(request)).ShouldBeProblemAsync(415);

        Assert.Equal("Forespørgslens indhold skal være JSON og sendes med headeren Content-Type: application/json.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Theory]
    [InlineData("\"2\"")]
    [InlineData("2")]
    [InlineData("\"forum,public\"")]
    public async Task an_enum_in_a_body_is_a_name_never_a_number(string visibility)
    {
        var (_, author) = await MemberAsync();

        var problem = await (await author.PostAsync("/api/themes", $"{{\"title\":\"T\",\"description\":\"D\",\"visibility\":{visibility}}}")).ShouldBeProblemAsync(400);

        Assert.Equal("Skal være en af: public, forum, closed.", problem.FieldError("visibility"));
    }

    [Theory]
    [InlineData("/api/themes")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/health/live")]
    public async Task every_response_carries_the_security_headers(string url)
    {
        var response = await Admin.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task api_responses_are_never_cached_and_may_load_nothing()
    {
        var response = await Anonymous.GetAsync("/api/themes");

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task malformed_json_is_explained_without_exception_text_and_an_unknown_enum_names_its_field()
    {
        var (themeId, _, author) = await AuthorOfAPostAsync();

        var malformed = await (await author.PostAsync($"/api/themes/{themeId}/posts", "nonsense")).ShouldBeProblemAsync(400);
        var unknownEnum = await (await author.PostAsync("/api/themes", "{\"title\":\"T\",\"description\":\"D\",\"visibility\":\"secret\"}")).ShouldBeProblemAsync(400);

        Assert.Equal("Forespørgslens indhold er ikke gyldig JSON.", malformed.Detail());
        Assert.Equal("'visibility' skal være en af: public, forum, closed.", unknownEnum.Detail());
        Assert.Equal("Skal være en af: public, forum, closed.", unknownEnum.FieldError("visibility"));
        foreach (var problem in new[] { malformed, unknownEnum })
        {
            var text = problem.GetRawText();
            Assert.DoesNotContain("Exception", text);
            Assert.DoesNotContain("System.", text);
            Assert.DoesNotContain(" at ", text);
        }
    }
}
