using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;

namespace Politikerforum.Host.Demo;

/// <summary>Promises between levels: open, delivered and withdrawn; the open ones are flagged if their date passes.</summary>
internal static class DemoCommitments
{
    public static async Task PlayAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        const string workforce = "Fremtidens arbejdskraft", climate = "Klimatilpasning på tværs";
        await MakeAsync(demo, cast, workforce, "anne", Level.Kommune, "Regionens tal for rekruttering og sygefravær på hospitalerne", 14, ct);
        await MakeAsync(demo, cast, workforce, "louise", Level.Kommune, "En skriftlig orientering om ældrelovens konsekvenser for kommunernes bemanding", 30, ct);
        await MakeAsync(demo, cast, workforce, "camilla", null, "Et notat om Kommissionens forslag til EU-talentpuljen", 10, ct);

        var delivered = await MakeAsync(demo, cast, climate, "peter", Level.Kommune, "Et udkast til fælles udbudsmateriale for grønne tage", 21, ct);
        var fulfilled = FulfillingCommitments.Decide(delivered, new FulfilCommitment("Udkastet ligger i temaets dokumenter; kommentarer senest fredag."),
            cast.Members["peter"].Actor, demo.Now);
        await demo.ActAsync(cast.Members["peter"].Actor, s => s.Events.Append(delivered.Id, fulfilled), ct);

        var dropped = await MakeAsync(demo, cast, climate, "rasmus", Level.Kommune, "Et lovforslag om medfinansiering af kystbeskyttelse", 60, ct);
        var withdrawn = WithdrawingCommitments.Decide(dropped, new WithdrawCommitment("Regeringen fremsætter selv et forslag; vi følger op der."),
            cast.Members["rasmus"].Actor, demo.Now);
        await demo.ActAsync(cast.Members["rasmus"].Actor, s => s.Events.Append(dropped.Id, withdrawn), ct);
    }

    private static async Task<Commitment> MakeAsync(DemoScript demo, DemoCast cast, string theme, string who, Level? to, string what,
        int days, CancellationToken ct)
    {
        var (member, actor) = cast.Members[who];
        var made = Committing.Decide(Guid.CreateVersion7(), cast.Themes[theme], member,
            new MakeCommitment(what, to, CommitmentClock.Today(demo.Now).AddDays(days), null), demo.Now);
        await demo.ActAsync(actor, s => s.Events.StartStream<Commitment>(made.CommitmentId, made), ct);
        await demo.ScheduleAsync(new FlagOverdueCommitment(made.CommitmentId), made.DueAt);
        return Commitment.Create(made);
    }
}
