using Microsoft.Extensions.Logging;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Graph.Channels;

/// <summary>The channel is not there yet (Teams refused, or another request is creating it): Wolverine tries again later.</summary>
public sealed class ChannelNotCreatedYet(string why) : Exception(why);

/// <summary>
/// A theme opened with a request for a Teams channel: the channel is created, linked and announced as by
/// <c>POST /api/themes/{id}/teams-channel/create</c>, in the name of the one who opened it. A theme that has a channel
/// by now (linked by hand meanwhile, or a repeat of this message) is left as it is.
/// </summary>
public static class CreateChannelForNewThemeHandler
{
    public static async Task Handle(CreateChannelForNewTheme message, ThemeChannels channels, ILogger<CreateChannelForNewTheme> log, CancellationToken ct)
    {
        var opener = new Actor(message.RequestedBy, new HashSet<Role> { Role.Secretariat });
        switch (await channels.CreateAsync(opener, message.ThemeId, ct))
        {
            case (_, _, { } failed):
                throw new ChannelNotCreatedYet(failed);
            case (Refusal refusal, _, _) when refusal == ThemeChannels.InProgress:
                throw new ChannelNotCreatedYet(refusal.Detail);
            case (Refusal refusal, _, _):
                log.LogInformation("Theme {ThemeId} was opened with a request for a Teams channel, but none was created: {Detail}", message.ThemeId, refusal.Detail);
                break;
        }
    }
}
