using Marten;
using Microsoft.Graph.Models;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Graph.Channels;

/// <summary>The theme was updated: its channel in Teams takes the theme's title.</summary>
public sealed record RenameThemeChannel(Guid ThemeId, string Title);

public static class RenameThemeChannelHandler
{
    public static async Task Handle(RenameThemeChannel message, GraphSettings settings, GraphConnection graph, IQuerySession session, CancellationToken ct)
    {
        if (!settings.IsOn || await session.LoadAsync<Theme>(message.ThemeId, ct) is not { TeamsChannel: { } channel }) return;
        await graph.Client.Teams[channel.TeamId].Channels[channel.ChannelId]
            .PatchAsync(new Channel { DisplayName = ChannelNames.Of(message.Title) }, cancellationToken: ct);
    }
}
