using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
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
/// Graph is asked, so a refused request leaves no channel behind; a request Teams refuses writes nothing. Two requests
/// at once cannot both get a channel: Teams refuses a second channel of the same name in a team.
/// </summary>
public sealed class ThemeChannels(GraphSettings settings, GraphConnection graph, ForumCommands commands, IQuerySession session, IMessageBus bus,
    ILogger<ThemeChannels> log)
{
    public static readonly Refusal NotConnected = Refusal.Conflict(
        "Forummet er ikke forbundet til Microsoft Teams (Graph:ClientId og Graph:TeamId mangler), så der kan ikke oprettes en kanal.");

    public const string TeamsRefused =
        "Microsoft Teams oprettede ikke kanalen. Der er ikke ændret noget i forummet. Prøv igen senere, eller kontakt driften, hvis det bliver ved.";

    public async Task<ChannelCreation> CreateAsync(Actor actor, Guid themeId, CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(themeId, ct);
        if (LinkingTeamsChannels.RefusesNewChannel(theme, actor) is { } refusal) return new(refusal, null);
        if (!settings.IsOn || settings.TeamId.Length == 0) return new(NotConnected, null);

        Channel created;
        try
        {
            created = await graph.Client.Teams[settings.TeamId].Channels.PostAsync(new Channel
            {
                DisplayName = ChannelNames.Of(theme!.Title),
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
}
