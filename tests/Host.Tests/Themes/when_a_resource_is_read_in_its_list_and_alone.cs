using System.Text.Json;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

/// <summary>
/// One shape per resource: an item of a list is the resource as its own address shows it, field for field, and every person
/// in it comes with their id and name (<c>{ id, name, level, body, role }</c>).
/// </summary>
public sealed class when_a_resource_is_read_in_its_list_and_alone(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<(Guid Theme, Guid MetteId, Caller Mette, Guid AnneId, Caller Anne)> AThemeWithEverythingAsync()
    {
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var theme = await mette.OpenThemeAsync();
        await anne.AddParticipantAsync(theme, anneId);
        await anne.PublishAsync(theme, "Hvem har data?");
        var experiment = await mette.ProposeExperimentAsync(theme, Clock.GetUtcNow());
        await mette.StartExperimentAsync(experiment);
        await anne.NoteProgressAsync(experiment, "Første måned er gået.");
        await mette.ConcludeExperimentAsync(experiment);
        var lesson = await mette.RecordLessonAsync(theme, "Vagtplaner", "Det virkede.");
        await anne.EndorseAsync(lesson);
        var decision = await mette.CreateAsync($"/api/themes/{theme}/decisions", new
        {
            title = "Fælles vagtplan", proposal = "Vi deler vagtplan.", deadline = Clock.GetUtcNow().AddDays(3), requiredLevels = new[] { "kommune", "region" }
        });
        await (await mette.PostAsync($"/api/decisions/{decision}/positions", new { position = "support" })).ShouldHaveStatusAsync(200);
        var commitment = await anne.CreateAsync($"/api/themes/{theme}/commitments", new { what = "Data om ventelister", toLevel = "kommune", dueOn = Clock.GetUtcNow().AddDays(7).ToString("yyyy-MM-dd") });
        await (await anne.PostAsync($"/api/commitments/{commitment}/fulfil", new { note = "Sendt." })).ShouldHaveStatusAsync(200);
        return (theme, metteId, mette, anneId, anne);
    }

    [Fact]
    public async Task every_list_item_is_its_detail_field_for_field()
    {
        var (theme, _, mette, _, _) = await AThemeWithEverythingAsync();

        foreach (var (list, detail) in new (string, Func<Guid, string>)[]
        {
            ($"/api/themes/{theme}/posts", id => $"/api/posts/{id}"),
            ($"/api/experiments?theme={theme}", id => $"/api/experiments/{id}"),
            ($"/api/lessons?theme={theme}", id => $"/api/lessons/{id}"),
            ($"/api/decisions?theme={theme}", id => $"/api/decisions/{id}"),
            ($"/api/commitments?theme={theme}", id => $"/api/commitments/{id}"),
            ("/api/members", id => $"/api/members/{id}")
        })
        {
            var items = await mette.ItemsAsync(list);
            Assert.NotEmpty(items);
            foreach (var item in items)
                Assert.Equal((list, (await mette.ReadAsync<JsonElement>(detail(item.Id()))).GetRawText()), (list, item.GetRawText()));
        }
    }

    [Fact]
    public async Task a_theme_in_the_list_is_a_part_of_its_detail_under_the_same_names()
    {
        var (theme, _, mette, _, _) = await AThemeWithEverythingAsync();

        var listed = Assert.Single(await mette.ItemsAsync("/api/themes"));
        var detail = await mette.ThemeAsync(theme);

        foreach (var field in listed.EnumerateObject())
            Assert.Equal((field.Name, field.Value.GetRawText()), (field.Name, detail.GetProperty(field.Name).GetRawText()));
        Assert.Equal(2, listed.GetProperty("participantCount").GetInt32());
    }

    [Fact]
    public async Task the_decision_list_carries_each_tally_per_level_and_the_missing_levels()
    {
        var (theme, metteId, mette, anneId, _) = await AThemeWithEverythingAsync();

        var decision = Assert.Single(await mette.ItemsAsync($"/api/decisions?theme={theme}"));

        Assert.Equal(1, decision.GetProperty("tally").GetProperty("support").GetInt32());
        Assert.Equal(1, decision.GetProperty("tallyPerLevel").GetProperty("kommune").GetProperty("support").GetInt32());
        Assert.Equal(0, decision.GetProperty("tallyPerLevel").GetProperty("region").GetProperty("support").GetInt32());
        Assert.Equal(["region"], decision.GetProperty("missingLevels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal([anneId], decision.GetProperty("missingMembers").EnumerateArray().Select(m => m.Id("memberId")));
        Assert.Equal((metteId, "Mette Holm"), (decision.GetProperty("positions")[0].Id("memberId"), decision.GetProperty("positions")[0].Str("name")));
    }

    [Fact]
    public async Task every_person_comes_with_their_id_and_name()
    {
        var (theme, metteId, mette, anneId, _) = await AThemeWithEverythingAsync();

        static (Guid, string, string) Person(JsonElement person) => (person.Id(), person.Str("name"), person.Str("role"));
        var mettePerson = (metteId, "Mette Holm", "member");
        var annePerson = (anneId, "Anne Berg", "member");

        Assert.Equal(annePerson, Person(Assert.Single(await mette.ItemsAsync($"/api/themes/{theme}/posts")).GetProperty("author")));
        var experiment = Assert.Single(await mette.ItemsAsync($"/api/experiments?theme={theme}"));
        Assert.Equal(mettePerson, Person(experiment.GetProperty("proposedBy")));
        Assert.Equal(mettePerson, Person(experiment.GetProperty("closedBy")));
        Assert.Equal(annePerson, Person(Assert.Single(experiment.GetProperty("progress").EnumerateArray()).GetProperty("notedBy")));
        Assert.Equal(mettePerson, Person(Assert.Single(await mette.ItemsAsync($"/api/decisions?theme={theme}")).GetProperty("proposedBy")));
        var commitment = Assert.Single(await mette.ItemsAsync($"/api/commitments?theme={theme}"));
        Assert.Equal(annePerson, Person(commitment.GetProperty("madeBy")));
        Assert.Equal(annePerson, Person(commitment.GetProperty("settledBy")));
        Assert.Equal(mettePerson, Person(Assert.Single(await mette.ItemsAsync($"/api/lessons?theme={theme}")).GetProperty("author")));
    }
}
