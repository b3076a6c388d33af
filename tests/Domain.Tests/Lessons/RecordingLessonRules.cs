using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Lessons;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Lessons;

public class when_recording_a_lesson
{
    private static readonly RecordLesson Command = new(
        "  Fælles vagtplan ", " Det virkede at dele vagtplanen. ", LessonKind.WentWrong, ["vagtplan"], Confidentiality.Forum, null, null);

    [Fact]
    public void a_participant_shares_it_in_their_own_name_and_level()
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(RecordingLessons.Refuses(WithAnneAndBo, true, AsAnne));
        // Equivalent, not Equal: records compare their tag lists by reference.
        Assert.Equivalent(
            new LessonRecorded(LessonId, ThemeId, "Fælles vagtplan", "Det virkede at dele vagtplanen.", LessonKind.WentWrong, ["vagtplan"],
                Confidentiality.Forum, null, null, Anne, Level.Kommune, Now),
            RecordingLessons.Decide(LessonId, WithAnneAndBo.Id, Command, anne, AsAnne, Now), strict: true);
    }

    [Fact]
    public void a_chatham_house_lesson_cannot_be_marked_personal_because_erasing_its_text_would_name_its_author()
    {
        // The input check looks at the target too: the all-zero theme is unknown before anything else.
        var command = Command with { ThemeId = Guid.NewGuid() };
        var refused = CommandInput.Refuses(command with { Confidentiality = Confidentiality.ChathamHouse, Personal = true });

        Then.Refused(refused, RefusalKind.Invalid, "");
        Assert.Contains("Chatham House-reglen", Assert.Single(refused!.Errors!["personal"]));
        Assert.Null(CommandInput.Refuses(command with { Confidentiality = Confidentiality.ChathamHouse }));
        Assert.Null(CommandInput.Refuses(command with { Personal = true }));
    }

    [Fact]
    public void the_secretariat_shares_without_taking_part_and_without_a_level()
    {
        Then.Allowed(RecordingLessons.Refuses(WithAnneAndBo, true, Secretariat));
        var recorded = RecordingLessons.Decide(LessonId, WithAnneAndBo.Id, Command, null, Secretariat, Now);
        Assert.Equal((Secretariat.Id, (Level?)null), (recorded.AuthorId, recorded.AuthorLevel));
    }

    [Fact]
    public void the_sources_it_builds_on_are_kept()
    {
        var (experiment, decision) = (Guid.NewGuid(), Guid.NewGuid());
        var recorded = RecordingLessons.Decide(LessonId, WithAnneAndBo.Id, Command with { SourceExperimentId = experiment, SourceDecisionId = decision },
            null, AsAnne, Now);
        Assert.Equal((experiment, decision), (recorded.SourceExperimentId!.Value, recorded.SourceDecisionId!.Value));
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void someone_who_does_not_take_part_is_forbidden(Role role) =>
        Then.Refused(RecordingLessons.Refuses(Given.Theme(Opened(Visibility.Public)), true, In(role)), RefusalKind.Forbidden, "deltage");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(RecordingLessons.Refuses(Given.Theme(Opened(Visibility.Closed), Joined(Anne)), true, AsBo));

    [Fact]
    public void an_archived_theme_is_a_conflict_even_for_the_secretariat()
    {
        var archived = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived());
        Then.Refused(RecordingLessons.Refuses(archived, true, AsAnne), RefusalKind.Conflict, "arkiveret");
        Then.Refused(RecordingLessons.Refuses(archived, true, Secretariat), RefusalKind.Conflict, "arkiveret");
    }

    [Fact]
    public void a_source_that_is_not_in_the_theme_is_invalid() =>
        Then.Refused(RecordingLessons.Refuses(WithAnneAndBo, false, AsAnne), RefusalKind.Invalid, "dette tema");

    [Fact]
    public void who_may_share_comes_before_whether_the_source_is_in_the_theme() =>
        Then.Refused(RecordingLessons.Refuses(Given.Theme(Opened(Visibility.Forum)), false, AsBo), RefusalKind.Forbidden, "deltage");

    [Fact]
    public void tags_are_trimmed_lower_cased_and_kept_once_each_and_blank_ones_dropped() =>
        Assert.Equal(["ældrepleje", "vagtplan"], RecordingLessons.Tags([" Ældrepleje", "ældrepleje ", "VAGTPLAN", "", "   ", "Vagtplan"]));

    [Fact]
    public void no_tags_are_an_empty_list() => Assert.Empty(RecordingLessons.Tags(null));
}
