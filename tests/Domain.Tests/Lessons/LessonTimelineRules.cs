using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Timeline;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Lessons;

public class when_describing_a_lesson_in_the_timeline
{
    [Fact]
    public void sharing_says_what_kind_of_lesson_and_quotes_the_title()
    {
        Assert.Equal(new Described(ThemeId, "lesson.recorded", "Delte en erfaring (det virkede): »Fælles vagtplan«", ItemId: LessonId),
            TimelineDescriptions.Describe(Recorded()));
        Assert.Equal("Delte en erfaring (det gik skævt): »Fælles vagtplan«",
            TimelineDescriptions.Describe(Recorded() with { Kind = LessonKind.WentWrong })!.Summary);
        Assert.Equal("Delte en erfaring (blandede erfaringer): »Fælles vagtplan«",
            TimelineDescriptions.Describe(Recorded() with { Kind = LessonKind.Mixed })!.Summary);
    }

    [Fact]
    public void editing_quotes_the_new_title() =>
        Assert.Equal(new Described(ThemeId, "lesson.edited", "Rettede erfaringen »Fælles vagtplan, rettet«", ItemId: LessonId),
            TimelineDescriptions.Describe(Edited()));

    [Fact]
    public void a_chatham_house_lesson_is_shared_and_edited_anonymously()
    {
        Assert.True(TimelineDescriptions.Describe(Recorded(Confidentiality.ChathamHouse))!.Anonymous);
        Assert.True(TimelineDescriptions.Describe(Edited(Confidentiality.ChathamHouse))!.Anonymous);
    }

    [Theory]
    [InlineData(Confidentiality.Public)]
    [InlineData(Confidentiality.Forum)]
    public void other_lessons_show_who_shared_and_edited_them(Confidentiality confidentiality)
    {
        Assert.False(TimelineDescriptions.Describe(Recorded(confidentiality))!.Anonymous);
        Assert.False(TimelineDescriptions.Describe(Edited(confidentiality))!.Anonymous);
    }

    [Fact]
    public void an_endorsement_names_nobody_because_a_list_of_endorsers_rules_them_out_as_authors() =>
        Assert.Equal(new Described(ThemeId, "lesson.endorsed", "Markerede en erfaring med »Det kan jeg bruge«", ItemId: LessonId, Unnamed: EventActor.UnnamedMember),
            TimelineDescriptions.Describe(EndorsedBy(Bo)));

    [Fact]
    public void an_attribution_shows_who_did_it() =>
        Assert.Equal(new Described(ThemeId, "lesson.attributed", "Står nu frem som afsender af en erfaring, der er delt under Chatham House-reglen", ItemId: LessonId),
            TimelineDescriptions.Describe(Attributed()));
}
