using System.Text.Json;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Tests;

/// <summary>The enums' names are made once per type (EnumNames); every value must still be written as its own name.</summary>
public class when_writing_enum_values
{
    private static readonly JsonSerializerOptions Json = ForumJson.Create();

    [Fact]
    public void every_value_is_written_by_its_kebab_case_name_as_a_value_and_as_a_key()
    {
        Assert.Equal("""["kommune","region","folketing","europaparlamentet"]""", JsonSerializer.Serialize(Enum.GetValues<Level>(), Json));
        Assert.Equal("""["public","forum","closed"]""", JsonSerializer.Serialize(Enum.GetValues<Visibility>(), Json));
        Assert.Equal("\"chatham-house\"", JsonSerializer.Serialize(Confidentiality.ChathamHouse, Json));
        Assert.Equal("""{"folketing":1,"region":2}""", JsonSerializer.Serialize(new Dictionary<Level, int> { [Level.Folketing] = 1, [Level.Region] = 2 }, Json));
        Assert.Equal("""{"level":null,"order":"desc"}""", JsonSerializer.Serialize(new { level = (Level?)null, order = Order.Desc }, Json));
    }

    [Fact]
    public void a_value_without_a_name_of_its_own_is_written_as_before() =>
        Assert.Equal("\"42\"", JsonSerializer.Serialize((Level)42, Json));
}
