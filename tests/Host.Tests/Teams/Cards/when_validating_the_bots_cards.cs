using System.Text.Json;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Host.Tests.Teams.Cards;

/// <summary>Every card the bot can build passes the official Adaptive Cards library, and stays under Teams' size limit.</summary>
public sealed class when_validating_the_bots_cards
{
    /// <summary>Every card the code builds, by name, from the fullest views it may be given. A new card belongs in <see cref="SampleCards"/>.</summary>
    public static readonly IReadOnlyDictionary<string, AdaptiveCard> Cards =
        new Dictionary<string, AdaptiveCard>(SampleCards.All()) { ["every element"] = EveryElementCard.Build() };

    [Fact]
    public void every_card_the_bot_builds_is_checked()
    {
        var builders = typeof(HelpCard).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(HelpCard).Namespace && t.GetMethods().Any(m => m.IsStatic && m.Name == "Build" && m.ReturnType == typeof(AdaptiveCard)))
            .Select(t => t.Name).Order().ToList();
        Assert.Equal(["CommitmentForm", "DecisionCard", "DecisionForm", "DigestCard", "ExperimentCard", "ExperimentForm", "HelpCard", "LessonCard", "LessonForm",
            "NoticeCard", "SearchCard", "ThemesCard", "TimelineCard", "WelcomeCard"], builders);
    }

    [Fact]
    public async Task every_card_passes_the_adaptive_cards_library()
    {
        var problems = await CardValidator.ProblemsAsync(Cards.ToDictionary(card => card.Key, card => CardValidator.Json(card.Value)));

        Assert.Equal(Cards.Keys.Order(), problems.Keys.Order());
        Assert.All(problems, card => Assert.True(card.Value.Length == 0, $"{card.Key}: {string.Join("; ", card.Value)}"));
    }

    [Fact]
    public async Task the_library_finds_what_is_wrong_with_a_broken_card()
    {
        var broken = JsonDocument.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","isRequired":true},{"type":"Chart"}],
             "actions":[{"type":"Action.Execute","title":"x","id":"a"}]}
            """).RootElement;

        var problems = await CardValidator.ProblemsAsync(new Dictionary<string, JsonElement> { ["broken"] = broken });

        Assert.Contains(problems["broken"], problem => problem.Contains("label"));
        Assert.Contains(problems["broken"], problem => problem.Contains("Chart"));
    }

    [Fact]
    public void every_card_is_under_the_size_teams_takes_however_long_its_texts()
    {
        Assert.All(Cards, card => Assert.True(CardAttachments.SizeOf(card.Value) < CardAttachments.MaxBytes * 3 / 4, $"{card.Key}: {CardAttachments.SizeOf(card.Value)} bytes"));
    }

    [Fact]
    public void a_card_too_large_for_teams_cannot_be_attached()
    {
        var card = new AdaptiveCard([.. Enumerable.Range(0, 300).Select(i => new TextBlock(new string('æ', 60)))]);
        Assert.Throws<MessageTooLargeException>(() => card.ToAttachment());
    }

    [Fact]
    public void a_card_is_written_as_an_adaptive_card_1_5()
    {
        var json = CardValidator.Json(HelpCard.Build());
        Assert.Equal("AdaptiveCard", json.GetProperty("type").GetString());
        Assert.Equal("1.5", json.GetProperty("version").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", json.GetProperty("$schema").GetString());
        Assert.Equal("TextBlock", json.GetProperty("body")[0].GetProperty("type").GetString());
        Assert.Equal("large", json.GetProperty("body")[0].GetProperty("size").GetString());
    }

    [Fact]
    public void an_action_execute_and_its_refresh_are_written_with_their_types()
    {
        var json = CardValidator.Json(EveryElementCard.Build());
        Assert.Equal("Action.Execute", json.GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Equal("tilsagn.giv", json.GetProperty("actions")[0].GetProperty("verb").GetString());
        Assert.Equal("Action.Execute", json.GetProperty("refresh").GetProperty("action").GetProperty("type").GetString());
        Assert.Equal("2026-04-01", json.GetProperty("body")[4].GetProperty("items")[2].GetProperty("value").GetString());
        Assert.Equal("Input.Toggle", json.GetProperty("body")[4].GetProperty("items")[3].GetProperty("type").GetString());
        Assert.Equal("mention", json.GetProperty("msteams").GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void the_published_card_message_is_what_the_records_write()
    {
        var published = JsonDocument.Parse(Support.TeamsFixtures.Read("outbound-message-adaptive-card-1.5-with-mentions.json")).RootElement;
        var card = new AdaptiveCard(
        [
            new TextBlock("Mention a user by User Principle Name: Hello <at>Test User UPN</at>") { Wrap = null },
            new TextBlock("Mention a user by AAD Object Id: Hello <at>Test User AAD</at>") { Wrap = null }
        ])
        {
            Speak = "This card mentions a user by User Principle Name: Hello Test User",
            Teams = new TeamsCardProperties
            {
                Entities =
                [
                    Entity.Mention("testuser@example.onmicrosoft.com", "Test User") with { Text = "<at>Test User UPN</at>" },
                    Entity.Mention("7f8e9d0c-1b2a-4354-6758-9a0b1c2d3e4f", "Test User") with { Text = "<at>Test User AAD</at>" }
                ]
            }
        };
        var incoming = JsonSerializer.Deserialize<Activity>(published.GetRawText(), BotJson.Options)!;
        var message = incoming with { Attachments = [card.ToAttachment()] };

        Assert.True(JsonElement.DeepEquals(published, BotJson.ToElement(message)), JsonSerializer.Serialize(message, BotJson.Options));
    }
}
