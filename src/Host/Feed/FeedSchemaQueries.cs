using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Feed.Contract;
using Politikerforum.Domain;
using Wolverine.Http;

namespace Politikerforum.Host.Feed;

/// <summary>The contract is documentation: the schemas hold no forum data, so they are read without a token.</summary>
public static class FeedSchemaQueries
{
    /// <summary>Every event type of the feed, the stream and webhooks: its version, what it means, and where its data schema is.</summary>
    [WolverineGet("/api/feed/schemas", Name = "FeedSchemas")]
    [AllowAnonymous]
    [Tags("Integrationer")]
    [EndpointSummary("Hændelsestyperne og deres JSON Schema")]
    public static Page<SchemaEntry> List(FeedSchemas schemas, string? after, int? limit) => schemas.List(after, limit);

    /// <summary>The JSON Schema (draft 2020-12) of one event type's <c>data</c>; <c>version</c> must be the current one if given.</summary>
    [WolverineGet("/api/feed/schemas/{type}", Name = "FeedSchema")]
    [AllowAnonymous]
    [Tags("Integrationer")]
    [EndpointSummary("JSON Schema for én hændelsestype")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "application/schema+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json")]
    public static IResult Get(string type, int? version, FeedSchemas schemas) =>
        EventTypes.Named(type) is { } known && (version is null || version == known.Version)
            ? Results.Text(schemas.SchemaOf(known).ToJsonString(), "application/schema+json")
            : Refusal.NotFound("Hændelsestypen findes ikke i den version. Se /api/feed/schemas.").ToResult();
}
