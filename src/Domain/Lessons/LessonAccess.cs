using System.Diagnostics.CodeAnalysis;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

/// <summary>A lesson's confidentiality can only narrow what its theme allows.</summary>
public static class LessonAccess
{
    public static readonly Refusal Unknown = Refusal.NotFound("Erfaringen findes ikke.");

    public static bool CanSee([NotNullWhen(true)] this Theme? theme, Confidentiality confidentiality, Actor actor) =>
        theme.CanSee(actor) && (confidentiality == Confidentiality.Public || actor.Is(Role.Member) || actor.RunsTheForum);

    /// <summary>The confidentialities an actor may read at all, for lists and search.</summary>
    public static Confidentiality[] OpenTo(Actor actor) =>
        actor.Is(Role.Member) || actor.RunsTheForum
            ? [Confidentiality.Public, Confidentiality.Forum, Confidentiality.ChathamHouse]
            : [Confidentiality.Public];
}
