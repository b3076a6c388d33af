using Politikerforum.Domain.Lessons;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Lessons;

/// <summary>The stored lesson: for Chatham House it holds no author at all until the author steps forward.</summary>
public class when_projecting_a_lesson_view
{
    [Theory]
    [InlineData(Confidentiality.Public)]
    [InlineData(Confidentiality.Forum)]
    public void a_lesson_with_a_visible_author_names_them_and_their_level(Confidentiality confidentiality)
    {
        var view = Given.LessonView(Recorded(confidentiality));
        Assert.Equal((Anne, Level.Kommune), (view.AuthorId!.Value, view.AuthorLevel!.Value));
        Assert.Equal((LessonId, ThemeId, "Fælles vagtplan", LessonKind.Worked, confidentiality, Earlier),
            (view.Id, view.ThemeId, view.Title, view.Kind, view.Confidentiality, view.RecordedAt));
    }

    [Fact]
    public void a_chatham_house_lesson_has_no_author_id_and_no_level()
    {
        var view = Given.LessonView(Recorded(Confidentiality.ChathamHouse), Edited(Confidentiality.ChathamHouse), EndorsedBy(Bo));
        Assert.Equal((null, null), (view.AuthorId, view.AuthorLevel));
    }

    [Fact]
    public void the_write_state_still_knows_who_wrote_it() =>
        Assert.Equal(Anne, Given.Lesson(Recorded(Confidentiality.ChathamHouse)).AuthorId);

    [Fact]
    public void attribution_shows_the_author_and_their_level()
    {
        var view = Given.LessonView(Recorded(Confidentiality.ChathamHouse), Attributed());
        Assert.Equal((Anne, Level.Kommune), (view.AuthorId!.Value, view.AuthorLevel!.Value));
    }

    [Fact]
    public void an_edit_replaces_the_content_and_records_when()
    {
        var view = Given.LessonView(Recorded(), Edited());
        Assert.Equal(("Fælles vagtplan, rettet", "Det virkede, da alle var med.", LessonKind.Mixed, Now),
            (view.Title, view.Text, view.Kind, view.EditedAt!.Value));
        Assert.Equal(["vagtplan", "ældrepleje"], view.Tags);
        Assert.Equal(Earlier, view.RecordedAt);
    }

    [Fact]
    public void endorsements_are_counted_by_member()
    {
        var other = Guid.NewGuid();
        var view = Given.LessonView(Recorded(), EndorsedBy(Bo), EndorsedBy(other));
        Assert.Equal([Bo, other], view.EndorsedBy);
        Assert.Null(view.EditedAt);
    }
}
