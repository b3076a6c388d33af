using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Moderation;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>
/// Who reads what the bot posts in a theme's channel. The secretariat made the channel the theme's place in Teams,
/// so the channel is shown what the theme's participants are shown, as nobody in particular: a lesson as its
/// confidentiality lets members read it, nothing the secretariat has hidden, and no one's own view of anything.
/// A Chatham House author is absent from the views themselves.
/// </summary>
public static class ChannelAudience
{
    public static readonly Actor Reader = new(Guid.Empty, new HashSet<Role> { Role.Member });

    public static bool MayRead(LessonView lesson) =>
        LessonAccess.OpenTo(Reader).Contains(lesson.Confidentiality) && Moderating.CanSee(lesson.Hidden, null, Reader);
}
