using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Web;

namespace Politikerforum.Host.Tests.Web;

/// <summary>The type filter and the timeline's "Type" column show Danish names, never the API's identifiers.</summary>
public sealed class when_naming_the_kinds_of_event
{
    [Fact]
    public void every_kind_the_timeline_knows_has_a_danish_name() =>
        Assert.DoesNotContain(TimelineDescriptions.Types, type => !EventTypes.IsNamed(type));
}
