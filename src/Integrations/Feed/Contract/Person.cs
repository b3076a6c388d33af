using System.ComponentModel;
using Politikerforum.Domain;

namespace Politikerforum.Integrations.Feed.Contract;

/// <summary>Someone who acted, as the forum shows them now: an erased member reads "Tidligere medlem".</summary>
[Description("Someone who acted, named as the forum shows them when the event is read. A member erased under GDPR art. 17 reads \"Tidligere medlem\".")]
public sealed record Person(
    [property: Description("The name as the forum shows it.")] string Name,
    [property: Description("The member's level of government; absent for the secretariat and the forum itself.")] Level? Level,
    [property: Description("The member's body (e.g. \"Aarhus Kommune\") or the staff member's organisation.")] string? Body,
    [property: Description("member, secretariat, admin or system (the forum itself: deadlines, reverts).")] string Role)
{
    public static Person Of(ShownActor shown) => new(shown.Name, shown.Level, shown.Body, shown.Role);
}
