using System.Text.Json;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Inbound;
using Politikerforum.Integrations.Teams.People;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// A person the registry does not know is told how to join and may do nothing else; "deltag" records their application,
/// which the secretariat approves or rejects, and approval makes them a member under the Entra object id Teams names them by.
/// </summary>
public sealed class when_someone_not_in_the_forum_talks_to_the_bot(ForumFixture fixture) : BotTest(fixture)
{
    [Theory]
    [InlineData("hjælp")]
    [InlineData("temaer")]
    [InlineData("indlæg Må jeg være med?")]
    [InlineData("hurtig handling Nu")]
    public async Task they_are_told_how_to_join_and_nothing_is_written(string text)
    {
        var theme = await Secretariat.OpenThemeAsync("public", "Åbent tema");
        var channel = await LinkedChannelAsync(theme);
        var before = await EventCountAsync();

        var said = await SayAsync(Stranger(), channel, text);

        Assert.Equal(Answers.Stranger, said.ReplyText);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task joining_records_an_application_the_secretariat_lists()
    {
        var person = Stranger("Karen Vestergaard");

        var said = await SayPrivatelyAsync(person, "deltag   Aalborg Kommune");

        Assert.StartsWith("Tak for din ansøgning", said.ReplyText);
        var application = Assert.Single(await Secretariat.ItemsAsync("/api/applications?status=pending"));
        Assert.Equal(("Karen Vestergaard", "Aalborg Kommune", person.ObjectId), (application.Str("name"), application.Str("organisation"), application.Str("entraObjectId")));
        Assert.StartsWith("Du har allerede søgt", (await SayPrivatelyAsync(person, "deltag Aalborg Kommune")).ReplyText);
        Assert.Equal("Forespørgslen kunne ikke behandles. Skriv, hvilken kommune, region eller organisation du kommer fra, fx \"deltag Aarhus Kommune\".",
            (await SayPrivatelyAsync(Stranger(), "deltag")).ReplyText);
    }

    [Fact]
    public async Task approval_registers_the_member_under_their_entra_object_id_and_welcomes_them()
    {
        var person = Stranger("Karen Vestergaard");
        await SayPrivatelyAsync(person, "deltag Aalborg Kommune");
        var application = Assert.Single(await Secretariat.ItemsAsync("/api/applications")).Id();

        var (calls, _) = await AndDeliveredAsync(async () =>
        {
            var response = await Secretariat.PostAsync($"/api/applications/{application}/approve", new { email = "kv@aalborg.dk", level = "kommune" });
            await response.ShouldHaveStatusAsync(200);
        });

        var approved = await Secretariat.ReadAsync<JsonElement>("/api/applications?status=approved");
        var memberId = approved.GetProperty("items")[0].Id("memberId");
        var member = await Secretariat.ReadAsync<JsonElement>($"/api/members/{memberId}");
        Assert.Equal(("Karen Vestergaard", "Aalborg Kommune", person.ObjectId), (member.Str("name"), member.Str("body"), member.Str("entraObjectId")));
        var welcome = Assert.Single(calls);
        Assert.Equal(WelcomeNewMemberHandler.Welcome, (string?)welcome.Body!["text"]);
        Assert.Equal(ActivitiesOf(ServicePath, $"a:{person.TeamsId}"), welcome.Target);
        Assert.Contains("Politikerforum i Teams", (await SayPrivatelyAsync(person, "hjælp")).ReplyText);
        Assert.StartsWith("Du er allerede medlem", (await SayPrivatelyAsync(person, "deltag Aalborg Kommune")).ReplyText);
        await (await Secretariat.PostAsync($"/api/applications/{application}/reject", new { })).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task a_rejected_application_registers_no_one()
    {
        var person = Stranger();
        await SayPrivatelyAsync(person, "deltag Vejle Kommune");
        var application = Assert.Single(await Secretariat.ItemsAsync("/api/applications")).Id();

        var rejected = await Secretariat.PostAsync($"/api/applications/{application}/reject", new { reason = "Ikke folkevalgt." });

        await rejected.ShouldHaveStatusAsync(200);
        Assert.Empty(await Admin.ItemsAsync("/api/members"));
        Assert.Equal(Answers.Stranger, (await SayPrivatelyAsync(person, "temaer")).ReplyText);
    }

    [Fact]
    public async Task only_the_secretariat_reads_and_decides_applications()
    {
        await SayPrivatelyAsync(Stranger(), "deltag Vejle Kommune");
        var application = Assert.Single(await Secretariat.ItemsAsync("/api/applications")).Id();
        var (_, member) = await MemberAsync();

        Assert.Equal("Kun sekretariatet kan se og behandle ansøgninger om medlemskab.",
            (await (await member.GetAsync("/api/applications")).ShouldBeProblemAsync(403)).Detail());
        await (await member.PostAsync($"/api/applications/{application}/approve", new { email = "x@y.dk", level = "kommune" })).ShouldBeProblemAsync(403);
        await (await Secretariat.PostAsync($"/api/applications/{Guid.NewGuid()}/approve", new { email = "x@y.dk", level = "kommune" })).ShouldBeProblemAsync(404);
        var invalid = await (await Secretariat.PostAsync($"/api/applications/{application}/approve", new { email = "ikke-en-adresse" })).ShouldBeProblemAsync(400);
        Assert.Equal("E-mailadressen er ikke gyldig.", invalid.FieldError("email"));
    }
}
