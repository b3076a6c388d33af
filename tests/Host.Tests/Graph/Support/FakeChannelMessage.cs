using System.Text.Json.Nodes;

namespace Politikerforum.Host.Tests.Graph.Support;

/// <summary>A message in a channel of the <see cref="FakeGraph"/>, as Teams keeps it; changed by the test, shown in the fixtures' shape.</summary>
public sealed class FakeChannelMessage
{
    public required string TeamId { get; init; }
    public required string ChannelId { get; init; }
    public required string Id { get; init; }
    public string? ReplyToId { get; init; }
    public string? FromUserId { get; set; }
    public string? FromApplicationId { get; set; }
    public string Html { get; set; } = "";
    public List<(int Id, string Text, string UserId)> Mentions { get; set; } = [];
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Modified { get; set; }
    public DateTimeOffset? Deleted { get; set; }

    /// <summary>When it last changed, in the fake's own order: what a delta token remembers.</summary>
    public long Version { get; set; }

    /// <summary>The first message of the published list response, with this message's facts put in.</summary>
    public JsonNode ToJson()
    {
        var json = GraphFixtures.Node("channel-messages-list-response-with-nextlink.json")["value"]![0]!.DeepClone();
        json["id"] = Id;
        json["etag"] = Modified.ToUnixTimeMilliseconds().ToString();
        json["replyToId"] = ReplyToId;
        json["createdDateTime"] = Created.ToString("O");
        json["lastModifiedDateTime"] = Modified.ToString("O");
        json["deletedDateTime"] = Deleted?.ToString("O");
        json["channelIdentity"] = new JsonObject { ["teamId"] = TeamId, ["channelId"] = ChannelId };
        json["from"] = FromApplicationId is { } app
            ? new JsonObject { ["application"] = new JsonObject { ["id"] = app, ["displayName"] = "Politikerforum", ["applicationIdentityType"] = "bot" }, ["user"] = null }
            : new JsonObject { ["application"] = null, ["user"] = new JsonObject { ["id"] = FromUserId, ["displayName"] = "Navn fra Teams", ["userIdentityType"] = "aadUser" } };
        json["body"] = new JsonObject { ["contentType"] = "html", ["content"] = Deleted is null ? Html : "" };
        json["mentions"] = new JsonArray([.. Mentions.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id, ["mentionText"] = m.Text,
            ["mentioned"] = new JsonObject { ["user"] = new JsonObject { ["id"] = m.UserId, ["displayName"] = m.Text, ["userIdentityType"] = "aadUser" } }
        })]);
        return json;
    }
}
