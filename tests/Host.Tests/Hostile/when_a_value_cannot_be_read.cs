using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;
using Wolverine.Http;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>A 400 says how to fix it: the field or parameter named, and what it takes (an enum's values), once for every endpoint.</summary>
public sealed class when_a_value_cannot_be_read(ForumFixture fixture) : ForumTest(fixture)
{
    private const string Levels = "kommune, region, folketing, europaparlamentet";

    [Fact]
    public async Task an_unknown_enum_in_a_body_names_the_field_and_its_values_and_writes_nothing()
    {
        var before = await EventCountAsync();

        var problem = await (await Admin.PostAsync("/api/members", "{\"name\":\"Karen\",\"email\":\"k@example.dk\",\"level\":\"amt\",\"body\":\"Aalborg Kommune\"}"))
            .ShouldBeProblemAsync(400);

        Assert.Equal($"'level' skal være en af: {Levels}.", problem.Detail());
        Assert.Equal($"Skal være en af: {Levels}.", problem.FieldError("level"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_wrong_value_in_a_list_or_a_renamed_field_of_a_body_says_what_it_takes()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync();
        var post = await mette.PublishAsync(theme, "Første udkast");

        var inList = await (await mette.PostAsync($"/api/themes/{theme}/decisions",
            "{\"title\":\"T\",\"proposal\":\"P\",\"deadline\":\"2030-01-01T00:00:00Z\",\"requiredLevels\":[\"kommune\",\"amt\"]}")).ShouldBeProblemAsync(400);
        var version = await (await mette.PutAsync($"/api/posts/{post}", "{\"text\":\"Andet udkast\",\"version\":\"seneste\"}")).ShouldBeProblemAsync(400);
        var id = await (await mette.PostAsync($"/api/themes/{theme}/participants", "{\"memberId\":\"mig\"}")).ShouldBeProblemAsync(400);

        Assert.Equal($"'requiredLevels[1]' skal være en af: {Levels}.", inList.Detail());
        Assert.Equal("'version' skal være et helt tal.", version.Detail());
        Assert.StartsWith("'memberId' skal være et id (en GUID)", id.Detail());
    }

    [Fact]
    public async Task an_unknown_enum_in_the_address_names_the_parameter_and_its_values()
    {
        var (_, mette) = await MemberAsync();

        var bound = await (await mette.GetAsync("/api/members?level=amt")).ShouldBeProblemAsync(400);
        var read = await (await mette.GetAsync("/api/lessons?kind=gik-godt")).ShouldBeProblemAsync(400);
        var number = await (await mette.GetAsync("/api/themes?limit=ti")).ShouldBeProblemAsync(400);

        Assert.Equal($"'level' skal være en af: {Levels}.", bound.Detail());
        Assert.Equal($"Skal være en af: {Levels}.", bound.FieldError("level"));
        Assert.Equal("'kind' skal være en af: worked, went-wrong, mixed.", read.Detail());
        Assert.Equal("'limit' skal være et helt tal.", number.Detail());
    }

    [Fact]
    public async Task joining_a_theme_without_saying_who_is_a_400_naming_member_id()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync();
        var before = await EventCountAsync();

        var problem = await (await mette.PostAsync($"/api/themes/{theme}/participants", "{}")).ShouldBeProblemAsync(400);

        Assert.StartsWith("Angiv memberId", problem.FieldError("memberId"));
        Assert.Contains("GET /api/me", problem.FieldError("memberId"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_change_without_the_version_it_changes_is_a_400_naming_version()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync();
        var post = await mette.PublishAsync(theme, "Første udkast");
        var before = await EventCountAsync();

        var problem = await (await mette.PutAsync($"/api/posts/{post}", new { text = "Andet udkast" })).ShouldBeProblemAsync(400);
        var theTheme = await (await Secretariat.PutAsync($"/api/themes/{theme}", new { title = "T", description = "D", visibility = "forum" })).ShouldBeProblemAsync(400);

        Assert.StartsWith("Angiv version", problem.FieldError("version"));
        Assert.StartsWith("Angiv version", theTheme.FieldError("version"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_member_who_must_join_first_is_told_how()
    {
        var (_, mette) = await MemberAsync();
        var (_, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var theme = await mette.OpenThemeAsync();

        var post = await (await anne.PostAsync($"/api/themes/{theme}/posts", new { text = "Hej" })).ShouldBeProblemAsync(403);

        Assert.Equal("Du skal deltage i temaet for at skrive indlæg i det. "
            + $"Meld dig til med POST /api/themes/{theme}/participants og dit medlems-id som memberId (det står i GET /api/me), "
            + "eller bed sekretariatet om at tilføje dig.", post.Detail());
    }

    /// <summary>
    /// A field a body must carry that cannot be null defaults silently when left out (an all-zero id, version 0, the first
    /// enum value), so every such field (a parameter of the body's constructor without a default) is nullable and says
    /// itself that it is required. Optional flags with a default of their own (<c>personal</c>) are properties outside it.
    /// </summary>
    [Fact]
    public void no_required_body_field_defaults_silently_when_left_out()
    {
        var bodies = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<HttpChain>()?.RequestType).OfType<Type>().Distinct().ToList();
        Assert.Contains(typeof(Politikerforum.Domain.Themes.AddParticipant), bodies);

        var nullability = new System.Reflection.NullabilityInfoContext();
        var fields = (from body in bodies
                      from constructor in body.GetConstructors().Take(1)
                      from parameter in constructor.GetParameters()
                      let property = body.GetProperty(parameter.Name!)
                      where property is not null && !property.IsDefined(typeof(JsonIgnoreAttribute), true) && !parameter.HasDefaultValue
                      select (Name: $"{body.Name}.{parameter.Name}", Parameter: parameter, Property: property)).ToList();
        var silent = fields.Where(f => f.Parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(f.Parameter.ParameterType) is null);
        // Text and lists that may not be null must say so, or a body without them reaches the rules with a null.
        var unchecked_ = fields.Where(f => !f.Parameter.ParameterType.IsValueType
            && nullability.Create(f.Parameter).WriteState == System.Reflection.NullabilityState.NotNull
            && !f.Property.IsDefined(typeof(System.ComponentModel.DataAnnotations.RequiredAttribute), true));

        Assert.Empty(silent.Select(f => f.Name));
        Assert.Empty(unchecked_.Select(f => f.Name));
    }
}
