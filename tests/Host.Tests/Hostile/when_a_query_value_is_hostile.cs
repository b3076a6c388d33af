using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>What the address carries is checked once, for every endpoint, before any of them reads it.</summary>
public sealed class when_a_query_value_is_hostile(ForumFixture fixture) : ForumTest(fixture)
{
    /// <summary>Every query parameter of every endpoint, as the API description lists them, so a new one is covered too.</summary>
    private List<(string Method, string Route, string Parameter, Type Type)> QueryParameters() =>
    [
        .. from description in Host.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items)
           from parameter in description.ParameterDescriptions
           where parameter.Source == BindingSource.Query && description.RelativePath?.StartsWith("api/") == true
           select (description.HttpMethod!, "/" + description.RelativePath!, parameter.Name, Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type)
    ];

    /// <summary>Sends <paramref name="value"/> (as written in the address) to each parameter: a 400 whose errors name it.</summary>
    private async Task EachRefusedOnItsNameAsync(IEnumerable<(string Method, string Route, string Parameter, Type Type)> parameters, string value)
    {
        var wrong = new List<string>();
        foreach (var (method, route, parameter, _) in parameters)
        {
            var response = await Admin.SendAsync(new HttpMethod(method), $"{Fill(route)}?{parameter}={value}");
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 400 || !body.Contains($"\"{parameter}\":[")) wrong.Add($"{method} {route}?{parameter}={value}: {(int)response.StatusCode} {body}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private string Fill(string route) => route.Replace("{id}", Guid.NewGuid().ToString()).Replace("{memberId}", Guid.NewGuid().ToString());

    [Fact]
    public async Task a_nul_character_in_any_query_parameter_is_a_400_naming_it()
    {
        var parameters = QueryParameters();
        Assert.Contains(parameters, p => p is { Route: "/api/search", Parameter: "q" });
        Assert.Contains(parameters, p => p is { Route: "/api/members", Parameter: "party" });

        await EachRefusedOnItsNameAsync(parameters, "a%00b");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("kommune,region")]
    [InlineData("kommunen")]
    public async Task an_enum_value_is_a_name_never_a_number_or_a_set(string value)
    {
        var enums = QueryParameters().Where(p => p.Type.IsEnum).ToList();
        Assert.Contains(enums, p => p is { Route: "/api/members", Parameter: "level" });

        await EachRefusedOnItsNameAsync(enums, Uri.EscapeDataString(value));
    }

    [Fact]
    public async Task names_as_the_api_spells_them_are_read()
    {
        var (_, mette) = await MemberAsync(level: "region", body: "Region Midtjylland");

        Assert.Single(await mette.ItemsAsync("/api/members?level=region"));
        Assert.Single(await mette.ItemsAsync("/api/members?level=Region"));
        Assert.Empty(await mette.ItemsAsync("/api/members?level=kommune"));
        await (await mette.GetAsync("/api/members?level=region&level=kommune")).ShouldBeProblemAsync(400);
    }
}
