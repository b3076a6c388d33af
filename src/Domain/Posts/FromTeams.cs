using System.Security.Cryptography;
using System.Text;

namespace Politikerforum.Domain.Posts;

/// <summary>
/// A post that was written in a theme's Teams channel and imported through Microsoft Graph: the channel, the Graph
/// message id and the message's <c>lastModifiedDateTime</c> when this change was imported. An imported post is a post
/// like any other (timeline, search, levels, moderation); it is only written and changed in Teams.
/// </summary>
public sealed record FromTeams(string ChannelId, string MessageId, DateTimeOffset ChangedAt)
{
    /// <summary>
    /// The post's id, derived from the channel and the message: the same message always lands in the same stream, so a
    /// duplicate that slips past every other check still cannot start a second post.
    /// </summary>
    public static Guid PostIdOf(string channelId, string messageId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"teams-message\n{channelId}\n{messageId}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // A name-based UUID (version 8, RFC 9562 variant), so it never collides with the forum's version 7 ids.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>
/// The author of a Teams message whose writer is not in the forum's registry. Such a person is recorded as "ukendt
/// Teams-bruger" and nothing else: not their name, not their Entra object id.
/// </summary>
public static class UnknownTeamsUser
{
    public static readonly Guid Id = new("00000000-0000-8000-8000-7ea7500000a0");

    public const string Name = "Ukendt Teams-bruger";

    public const string Role = "teams";

    /// <summary>Acts for the import only: no role, so it holds no right anywhere else.</summary>
    public static readonly Actor Actor = new(Id, new HashSet<Role>());
}
