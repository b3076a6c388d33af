using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Tests.Commands;

/// <summary>The input every door's commands pass through before a rule sees them.</summary>
public class when_checking_command_input
{
    [Fact]
    public void the_all_zero_id_of_what_a_command_acts_on_is_unknown_as_any_other_unknown_id()
    {
        Then.Unknown(CommandInput.Refuses(new RetractPost(Guid.Empty)));
        Then.Unknown(CommandInput.Refuses(new RemoveParticipant(Guid.NewGuid(), Guid.Empty)));
        Then.Unknown(CommandInput.Refuses(new EditPost("Rettet", 1) { PostId = Guid.Empty }));
    }

    [Fact]
    public void input_comes_first_for_the_all_zero_id_as_for_every_id() =>
        Then.Refused(CommandInput.Refuses(new EditPost("", 1) { PostId = Guid.Empty }), RefusalKind.Invalid, "kunne ikke behandles");

    [Fact]
    public void a_real_id_passes() =>
        Then.Allowed(CommandInput.Refuses(new RetractPost(Guid.NewGuid())));
}
