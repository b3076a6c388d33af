using Marten;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.People;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>
/// In urgent pace a theme's notices also go one to one to the participants who asked for that ("besked ved hurtig
/// handling"), in their chat with the bot, or in a new one. Every such participant gets every such notice: who is told
/// never depends on who did what.
/// </summary>
public static class PersonalNotices
{
    public static async Task<IReadOnlyList<ITeamsDelivery>> ForAsync(IQuerySession session, Theme theme, IReadOnlyList<NoticeContent> contents, CancellationToken ct)
    {
        var participants = theme.Participants.Select(p => p.MemberId).ToArray();
        var wanting = await session.Query<Member>().Where(m => participants.Contains(m.Id) && m.UrgentNotices && m.LeftAt == null).Select(m => m.Id).ToListAsync(ct);
        var people = await TeamsPerson.OfAsync(session, wanting, ct);
        return [.. people.SelectMany(person => contents.Select(content => To(person, ChannelPosts.Post(content))))];
    }

    private static ITeamsDelivery To(TeamsPerson person, FollowUp post) => person.PersonalConversationId is { } chat
        ? new SendActivity(chat, post.Activity, Remember: post.Remember)
        : new StartConversation(person.ServiceUrl, ConversationParameters.Personal(person.TeamsUserId, person.TenantId ?? "")) { Then = [post] };
}
