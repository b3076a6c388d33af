namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// Teams' own part of an activity: the tenant, and for channel conversations the team and the channel; on a
/// <c>conversationUpdate</c> also what happened (<see cref="EventType"/>: channelCreated, teamMemberAdded, …).
/// </summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
    public TeamsChannelSettings? Settings { get; init; }
}

public sealed record TenantInfo(string Id);

/// <summary>A team; <see cref="AadGroupId"/> is its Entra group id, the id Graph and the secretariat use.</summary>
public sealed record TeamInfo(string Id)
{
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
}

public sealed record ChannelInfo(string Id)
{
    public string? Name { get; init; }
}

/// <summary>When the bot is added to a team: the channel the person had open.</summary>
public sealed record TeamsChannelSettings(ChannelInfo? SelectedChannel);
