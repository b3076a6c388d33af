using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

/// <summary>The starting points the experiment tests share: a member's proposal, running or not, and a second participant.</summary>
public abstract class ExperimentTest(ForumFixture fixture) : ForumTest(fixture)
{
    protected async Task<(Guid ThemeId, Guid ExperimentId, Caller Proposer)> AProposalAsync(string visibility = "forum")
    {
        var (_, proposer) = await MemberAsync();
        var themeId = await proposer.OpenThemeAsync(visibility);
        return (themeId, await proposer.ProposeExperimentAsync(themeId, Clock.GetUtcNow()), proposer);
    }

    protected async Task<(Guid ThemeId, Guid ExperimentId, Caller Proposer)> ARunningExperimentAsync()
    {
        var (themeId, id, proposer) = await AProposalAsync();
        await proposer.StartExperimentAsync(id);
        return (themeId, id, proposer);
    }

    /// <summary>A participant from another level who did not propose the experiment.</summary>
    protected async Task<(Guid Id, Caller Caller)> AnotherParticipantAsync(Guid themeId)
    {
        var (id, caller) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        await caller.AddParticipantAsync(themeId, id);
        return (id, caller);
    }
}
