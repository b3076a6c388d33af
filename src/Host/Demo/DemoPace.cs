using Politikerforum.Domain;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Demo;

/// <summary>A storm surge is forecast: two levels together put the climate theme into urgent mode.</summary>
internal static class DemoPace
{
    public static async Task PlayAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        var theme = cast.Themes["Klimatilpasning på tværs"];
        var request = new SwitchPace(Pace.Urgent, "DMI varsler stormflod ved Vejle Fjord. Vi skal koordinere sandsække, evakuering og digeberedskab nu.",
            demo.Now.AddDays(3));
        foreach (var who in new[] { "peter", "henrik" })
        {
            var actor = cast.Members[who].Actor;
            var happened = SwitchingPace.Decide(theme, request, actor, demo.Now);
            await demo.ActAsync(actor, s => s.Events.Append(theme.Id, happened), ct);
            theme = happened switch
            {
                PaceSwitchRequested e => Theme.Apply(e, theme),
                PaceSwitched e => Theme.Apply(e, theme),
                _ => theme
            };
        }
        await demo.ScheduleAsync(new RevertPace(theme.Id, theme.UrgentUntil!.Value), theme.UrgentUntil.Value);
    }
}
