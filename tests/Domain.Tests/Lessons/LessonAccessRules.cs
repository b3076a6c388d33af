using Politikerforum.Domain.Lessons;

namespace Politikerforum.Domain.Tests.Lessons;

/// <summary>A lesson's confidentiality only ever narrows what its theme already allows.</summary>
public class when_deciding_who_may_see_a_lesson
{
    [Theory]
    [InlineData(Visibility.Public, Confidentiality.Public, Role.Integrator, true)]
    [InlineData(Visibility.Public, Confidentiality.Forum, Role.Integrator, false)]
    [InlineData(Visibility.Public, Confidentiality.ChathamHouse, Role.Integrator, false)]
    [InlineData(Visibility.Forum, Confidentiality.Public, Role.Integrator, false)]
    [InlineData(Visibility.Forum, Confidentiality.ChathamHouse, Role.Member, true)]
    [InlineData(Visibility.Closed, Confidentiality.Public, Role.Member, false)]
    [InlineData(Visibility.Closed, Confidentiality.ChathamHouse, Role.Secretariat, true)]
    [InlineData(Visibility.Closed, Confidentiality.Forum, Role.Admin, true)]
    public void the_theme_decides_first_and_the_confidentiality_narrows(Visibility visibility, Confidentiality confidentiality, Role role, bool sees) =>
        Assert.Equal(sees, Given.Theme(Opened(visibility)).CanSee(confidentiality, In(role)));

    [Fact]
    public void a_participant_sees_every_lesson_in_a_closed_theme()
    {
        var closed = Given.Theme(Opened(Visibility.Closed), Joined(Bo));
        Assert.All(Enum.GetValues<Confidentiality>(), c => Assert.True(closed.CanSee(c, AsBo)));
    }

    [Fact]
    public void lists_open_only_public_lessons_to_integrators_and_all_to_members_and_the_secretariat()
    {
        Assert.Equal([Confidentiality.Public], LessonAccess.OpenTo(Integrator));
        Assert.All(new[] { AsAnne, Secretariat, Admin }, actor => Assert.Equal(Enum.GetValues<Confidentiality>(), LessonAccess.OpenTo(actor)));
    }
}
