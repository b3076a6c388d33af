using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Npgsql;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;
using Wolverine;

namespace Politikerforum.Integrations.Graph.Channels;

/// <summary>A channel the forum created for a theme: its id in Teams and where people open it.</summary>
public sealed record CreatedChannel(string TeamId, string ChannelId, string? WebUrl);

/// <summary>How a request for a theme's channel ended: the forum's outcome, or Teams' refusal (<see cref="TeamsFailed"/>, Danish).</summary>
public sealed record ChannelCreation(Outcome? Outcome, CreatedChannel? Channel, string? TeamsFailed = null);

/// <summary>
/// The secretariat asks for a theme's channel in Teams: the forum creates it in <c>Graph:TeamId</c>, links it with the
/// same command (and event) as a link made by hand, and the bot announces itself there. The rules are checked before
/// Graph is asked, so a refused request leaves no channel behind; a request Teams refuses writes nothing. One request
/// per theme at a time, on any node: the request holds an advisory lock on the theme from before it reads the theme
/// until the channel is linked, and a second request meanwhile is refused at once (<see cref="InProgress"/>) instead of
/// creating a second channel — Teams' refusal of a duplicate name is not relied on, as a renamed theme would slip past it.
/// </summary>
public sealed class ThemeChannels(GraphSettings settings, GraphConnection graph, ForumCommands commands, IDocumentStore store, NpgsqlDataSource db,
    IMessageBus bus, ILogger<ThemeChannels> log)
{
    public static readonly Refusal NotConnected = Refusal.Conflict(
        "Forummet er ikke forbundet til Microsoft Teams (Graph:ClientId og Graph:TeamId mangler), så der kan ikke oprettes en kanal.");

    public static readonly Refusal InProgress = Refusal.Conflict(
        "Der er allerede ved at blive oprettet en kanal i Teams til temaet. Hent temaet igen om et øjeblik for at se kanalen.");

    public const string TeamsRefused =
        "Microsoft Teams oprettede ikke kanalen. Der er ikke ændret noget i forummet. Prøv igen senere, eller kontakt driften, hvis det bliver ved.";

    /// <summary>The lock's own namespace among the forum's advisory locks ("PFCHANNL").</summary>
    private const long KeySpace = 0x5046_4348_414e_4e4c;

    public async Task<ChannelCreation> CreateAsync(Actor actor, Guid themeId, CancellationToken ct)
    {
        if (await RefusesAsync(actor, themeId, ct) is { } refusal) return new(refusal, null);
        await using var held = await AdvisoryLock.TryTakeAsync(db, themeId, KeySpace, ct);
        if (held is null) return new(InProgress, null);
        // Judged again under the lock: a request that finished a moment ago has linked its channel by now.
        if (await RefusesAsync(actor, themeId, ct) is { } late) return new(late, null);
        var theme = (await LoadAsync(themeId, ct))!;

        Channel created;
        try
        {
            created = await graph.Client.Teams[settings.TeamId].Channels.PostAsync(new Channel
            {
                DisplayName = ChannelNames.Of(theme.Title),
                Description = ChannelNames.Description(theme.Description),
                MembershipType = ChannelMembershipType.Standard
            }, cancellationToken: ct) ?? throw new InvalidDataException("Graph created a channel but did not return it.");
        }
        catch (Exception e) when (e is ApiException or HttpRequestException or InvalidDataException or TaskCanceledException)
        {
            log.LogWarning(e, "Graph did not create a channel for theme {ThemeId}: {What}", themeId,
                e is ODataError { Error: { } error } ? $"{error.Code} {error.Message}" : e.Message);
            return new(null, null, TeamsRefused);
        }
        var outcome = await commands.RunAsync(actor, new LinkTeamsChannel(settings.TeamId, created.Id!) { ThemeId = themeId }, ct: ct);
        if (outcome is Done) await bus.PublishAsync(new AnnounceInChannel(themeId, created.Id!));
        return new(outcome, new CreatedChannel(settings.TeamId, created.Id!, created.WebUrl));
    }

    private async Task<Refusal?> RefusesAsync(Actor actor, Guid themeId, CancellationToken ct) =>
        LinkingTeamsChannels.RefusesNewChannel(await LoadAsync(themeId, ct), actor)
        ?? (!settings.IsOn || settings.TeamId.Length == 0 ? NotConnected : null);

    /// <summary>Each read in a session of its own, so the second sees what was committed since the first.</summary>
    private async Task<Theme?> LoadAsync(Guid themeId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Theme>(themeId, ct);
    }
}
