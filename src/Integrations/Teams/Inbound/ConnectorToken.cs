using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>A validated Bot Connector token: the service it speaks for, and the channels its signing key is endorsed for.</summary>
public sealed record ConnectorToken(string? ServiceUrl, string? KeyId, IReadOnlySet<string> Endorsements)
{
    /// <summary>
    /// A valid token proves who sent the request, not what it carries. It vouches for this activity only when it was
    /// issued for the activity's service (so replies go where the token's issuer meant) and its key is endorsed for
    /// the activity's channel (so a key meant for another channel cannot speak as Teams).
    /// </summary>
    public bool Vouches(Activity activity) =>
        ServiceUrl is not null && string.Equals(ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
        && activity.ChannelId is { Length: > 0 } channel && Endorsements.Contains(channel);
}
