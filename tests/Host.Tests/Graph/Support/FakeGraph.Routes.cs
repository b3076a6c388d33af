using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Host.Tests.Teams.Support;

namespace Politikerforum.Host.Tests.Graph.Support;

public sealed partial class FakeGraph
{
    private void Map()
    {
        _app.MapPost($"/{TenantId}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return form["client_id"] == ClientId && form["client_secret"] == ClientSecret && form["grant_type"] == "client_credentials"
                   && form["scope"] == $"{_app.BaseUrl()}/.default"
                ? Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = "graph-token" })
                : Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        });
        _app.MapGet($"/{TenantId}/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"https://sts.windows.net/{TenantId}/", ["jwks_uri"] = $"{_app.BaseUrl()}/{TenantId}/discovery/keys",
            ["token_endpoint"] = TokenEndpoint, ["id_token_signing_alg_values_supported"] = new[] { "RS256" }
        }));
        _app.MapGet($"/{TenantId}/discovery/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(SigningKey.Rsa.ExportParameters(false)) { KeyId = SigningKey.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });

        _app.MapPost("/v1.0/subscriptions", http => Record(http, CreateSubscription));
        _app.MapMethods("/v1.0/subscriptions/{id}", ["PATCH"], http => Record(http, body => RenewSubscription((string)http.Request.RouteValues["id"]!, body)));
        _app.MapDelete("/v1.0/subscriptions/{id}", http => Record(http, _ =>
        {
            _subscriptions.Remove((string)http.Request.RouteValues["id"]!);
            return Results.NoContent();
        }));
        _app.MapPost("/v1.0/teams/{team}/channels", http => Record(http, body => CreateChannel(body!)));
        _app.MapMethods("/v1.0/teams/{team}/channels/{channel}", ["PATCH"], http => Record(http, _ => Results.NoContent()));
        _app.MapGet("/v1.0/teams/{team}/channels/{channel}/messages/{id}", http => Record(http, _ =>
        {
            var (channel, id) = ((string)http.Request.RouteValues["channel"]!, (string)http.Request.RouteValues["id"]!);
            return id.StartsWith("delta", StringComparison.Ordinal) ? Delta(http.Request, channel) : Message(id);
        }));
        _app.MapGet("/v1.0/teams/{team}/channels/{channel}/messages/{id}/replies", http => Record(http, _ => Replies((string)http.Request.RouteValues["id"]!)));
        _app.MapGet("/v1.0/teams/{team}/channels/{channel}/messages/{id}/replies/{reply}", http => Record(http, _ => Message((string)http.Request.RouteValues["reply"]!)));
        _app.MapPost("/v1.0/users/{user}/events", http => Record(http, body => CreateEvent(body!)));
        _app.MapPost("/v1.0/users/{user}/events/{id}/cancel", http => Record(http, _ => Results.Accepted()));
    }

    private IResult CreateSubscription(JsonNode? body)
    {
        var answer = GraphFixtures.Node("subscription-create-response.json").AsObject();
        foreach (var (name, value) in body!.AsObject()) answer[name] = value?.DeepClone();
        answer["id"] = Guid.NewGuid().ToString();
        answer["applicationId"] = ClientId;
        answer["@odata.context"] = $"{BaseUrl}/$metadata#subscriptions/$entity";
        _subscriptions[answer["id"]!.GetValue<string>()] = answer;
        return Json(answer, 201);
    }

    private IResult RenewSubscription(string id, JsonNode? body)
    {
        if (!_subscriptions.TryGetValue(id, out var subscription))
            return Error(404, "ResourceNotFound", $"The object was not found. Subscription {id}.");
        subscription["expirationDateTime"] = body!["expirationDateTime"]!.DeepClone();
        return Json(subscription.DeepClone());
    }

    private IResult CreateChannel(JsonNode body) => Json(new JsonObject
    {
        ["@odata.context"] = $"{BaseUrl}/$metadata#teams('{TeamId}')/channels/$entity",
        ["id"] = $"19:{Guid.NewGuid():N}@thread.tacv2",
        ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("O"),
        ["displayName"] = body["displayName"]?.DeepClone(),
        ["description"] = body["description"]?.DeepClone(),
        ["membershipType"] = "standard",
        ["webUrl"] = "https://teams.microsoft.com/l/channel/19%3Aexample%40thread.tacv2/Tema"
    }, 201);

    private IResult CreateEvent(JsonNode body)
    {
        var created = body.DeepClone().AsObject();
        created["id"] = $"AAMkAG{Guid.NewGuid():N}";
        created["onlineMeeting"] = new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{Guid.NewGuid():N}%40thread.v2/0" };
        return Json(created, 201);
    }

    private IResult Message(string id) => _messages.TryGetValue(id, out var message)
        ? Json(message.ToJson())
        : Error(404, "NotFound", "Resource not found for the segment 'messages'.");

    private IResult Replies(string id)
    {
        var replies = _messages.Values.Where(m => m.ReplyToId == id).OrderBy(m => m.Created).Select(m => (JsonNode)m.ToJson());
        return Json(new JsonObject { ["@odata.context"] = $"{BaseUrl}/$metadata#Collection(chatMessage)", ["value"] = new JsonArray([.. replies]) });
    }

    /// <summary>
    /// A delta round: the thread starts that changed after the round's token, a page at a time. Each page but the last
    /// links to the next (<c>$skiptoken</c>); the last carries the <c>$deltatoken</c> that starts the next round.
    /// </summary>
    private IResult Delta(HttpRequest request, string channel)
    {
        var skip = request.Query["$skiptoken"].ToString();
        var (since, offset) = skip.Length > 0
            ? (long.Parse(skip.Split('-')[0]), int.Parse(skip.Split('-')[1]))
            : (long.TryParse(request.Query["$deltatoken"], out var token) ? token : 0, 0);
        var changed = _messages.Values.Where(m => m.ChannelId == channel && m.ReplyToId is null && m.Version > since).OrderBy(m => m.Version).ToList();
        var page = changed.Skip(offset).Take(DeltaPageSize).Select(m => (JsonNode)m.ToJson()).ToList();
        var answer = GraphFixtures.Node("channel-messages-delta-response-with-deltalink.json").AsObject();
        answer["value"] = new JsonArray([.. page]);
        var link = $"{BaseUrl}/teams/{TeamId}/channels/{Uri.EscapeDataString(channel)}/messages/delta";
        answer.Remove("@odata.deltaLink");
        if (offset + DeltaPageSize < changed.Count) answer["@odata.nextLink"] = $"{link}?$skiptoken={since}-{offset + DeltaPageSize}";
        else answer["@odata.deltaLink"] = $"{link}?$deltatoken={_version}";
        return Json(answer);
    }
}
