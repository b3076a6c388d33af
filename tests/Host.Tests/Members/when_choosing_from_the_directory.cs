using Politikerforum.Domain.Members;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

/// <summary>The bodies and parties the directory can be narrowed to: those of the members who have not left, in Danish order.</summary>
public sealed class when_choosing_from_the_directory(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task each_body_and_party_of_a_current_member_is_offered_once_in_danish_order()
    {
        await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune", party: "Socialdemokratiet");
        await MemberAsync("Jens Mørup", "kommune", "Odense Kommune", party: "Venstre");
        await MemberAsync("Anne Berg", "region", "Region Midtjylland", party: "Socialdemokratiet");
        await MemberAsync("Åse Ørum", "kommune", "Ærø Kommune", party: "Alternativet");
        var (leftId, _) = await MemberAsync("Ole Gået", "kommune", "Zealand Kommune", party: "Zeta");
        await (await Admin.DeleteAsync($"/api/members/{leftId}")).ShouldHaveStatusAsync(204);

        await using var session = Store.QuerySession();
        var choices = await MemberReads.ChoicesAsync(session, CancellationToken.None);

        // Danish order: Æ, Ø and Å come after Z, and "Aa" is an Å.
        Assert.Equal(["Odense Kommune", "Region Midtjylland", "Ærø Kommune", "Aarhus Kommune"], choices.Bodies);
        Assert.Equal(["Alternativet", "Socialdemokratiet", "Venstre"], choices.Parties);
    }
}
