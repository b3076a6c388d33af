using Politikerforum.Domain.Lessons;

namespace Politikerforum.Domain.Tests.Lessons;

/// <summary>The past events lesson rule tests are told with: Anne from Aarhus Kommune shares a lesson in the theme.</summary>
public static class LessonStories
{
    public static readonly Guid LessonId = Guid.NewGuid();

    public static readonly Theme WithAnneAndBo = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));

    public static LessonRecorded Recorded(Confidentiality confidentiality = Confidentiality.Forum, Guid? by = null, Level? level = Level.Kommune) =>
        new(LessonId, ThemeId, "Fælles vagtplan", "Det virkede at dele vagtplanen.", LessonKind.Worked, ["vagtplan"], confidentiality,
            null, null, by ?? Anne, level, Earlier);

    public static LessonEdited Edited(Confidentiality confidentiality = Confidentiality.Forum) =>
        new(LessonId, ThemeId, "Fælles vagtplan, rettet", "Det virkede, da alle var med.", LessonKind.Mixed, ["vagtplan", "ældrepleje"],
            confidentiality, Anne, Now);

    public static LessonEndorsed EndorsedBy(Guid memberId) => new(LessonId, ThemeId, memberId, Earlier);

    public static LessonAttributed Attributed() => new(LessonId, ThemeId, Anne, Level.Kommune, Now);
}
