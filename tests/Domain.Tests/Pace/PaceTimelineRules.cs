namespace Politikerforum.Domain.Tests.Pacing;

public class when_describing_pace_in_the_timeline
{
    [Fact]
    public void an_urgent_switch_says_until_when_and_why() =>
        Assert.Equal("Satte temaet i hurtig handling indtil 17. marts 2025 kl. 09.30 med begrundelsen »Stormflod på vej«",
            TimelineDescriptions.Describe(new PaceSwitched(ThemeId, Pace.Urgent, "Stormflod på vej", PaceStory.Until, [Anne, Bo], Now))!.Summary);

    [Fact]
    public void a_request_says_what_was_asked_for() =>
        Assert.Equal("Bad om hurtig handling indtil 17. marts 2025 kl. 09.30 med begrundelsen »Stormflod på vej«",
            TimelineDescriptions.Describe(PaceStory.Requested(Anne, Now))!.Summary);

    [Fact]
    public void going_back_to_normal_by_hand_or_by_itself()
    {
        Assert.Equal("Satte temaet tilbage i normalt tempo", TimelineDescriptions.Describe(PaceStory.SwitchedNormal())!.Summary);
        Assert.Equal("Bad om at vende tilbage til normalt tempo med begrundelsen »Roen har sænket sig«",
            TimelineDescriptions.Describe(new PaceSwitchRequested(ThemeId, Pace.Normal, "Roen har sænket sig", null, Bo, Level.Region, Now))!.Summary);
        Assert.Equal(new Described(ThemeId, "theme.pace-reverted", "Perioden med hurtig handling udløb, og temaet er tilbage i normalt tempo"),
            TimelineDescriptions.Describe(new PaceReverted(ThemeId, Now)));
    }
}
