namespace Politikerforum.Domain.Themes;

/// <summary>
/// Who takes part in a theme, as every list of participants shows it. An erased member leaves these lists and their
/// per-level counts: "Tidligere medlem" beside a level and a body would single the person out, and what they did stays
/// shown under "Tidligere medlem" without either (<see cref="ActorNames"/>). The theme's own state keeps them, so its
/// rules and history are unchanged.
/// </summary>
public static class Participation
{
    /// <param name="names">Loaded for (at least) the theme's participants.</param>
    public static IReadOnlyList<Participant> Present(this Theme theme, ActorNames names) =>
        [.. theme.Participants.Where(p => !names.IsErased(p.MemberId))];
}
