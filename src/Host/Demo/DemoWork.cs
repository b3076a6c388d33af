using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Demo;

/// <summary>The forum at work: decisions with positions from all four levels, lessons of every kind.</summary>
internal static class DemoWork
{
    private const string Workforce = "Fremtidens arbejdskraft", Climate = "Klimatilpasning på tværs",
        Health = "Sundhedsklynger og det nære sundhedsvæsen";

    public static async Task PlayAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        await DecisionsAsync(demo, cast, ct);
        await LessonsAsync(demo, cast, ct);
    }

    private static async Task DecisionsAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        var open = await ProposeAsync(demo, cast, Workforce, "mette", "Fælles høringssvar om EU's talentpulje",
            "Forummet afgiver et fælles høringssvar, der støtter talentpuljen, men kræver, at sprogkrav og anerkendelse af uddannelser løses først.",
            TimeSpan.FromDays(6), [Level.Kommune, Level.Region, Level.Folketing, Level.Europaparlamentet], ct);
        await PositionsAsync(demo, cast, open, ct,
            ("mette", Position.Support, null), ("jens", Position.Object, "Sprogkravene er for svagt beskrevet."),
            ("anne", Position.Support, null), ("louise", Position.Abstain, "Vi afventer regeringens udspil."),
            ("camilla", Position.Support, "Det styrker vores forhandlingsposition i Bruxelles."));

        var adopted = await ProposeAsync(demo, cast, Climate, "jens", "Fælles udbud af grønne tage",
            "Regionen koordinerer et fælles udbud af grønne tage for de deltagende kommuner med krav om test af membraner.",
            TimeSpan.FromDays(3), [Level.Kommune, Level.Region], ct);
        adopted = await PositionsAsync(demo, cast, adopted, ct,
            ("jens", Position.Support, null), ("henrik", Position.Support, null), ("sara", Position.Support, null),
            ("peter", Position.Support, "Regionen påtager sig koordineringen."), ("rasmus", Position.Abstain, null),
            ("niels", Position.Support, null));
        var concluded = ConcludingDecisions.Decide(adopted, new ConcludeDecision(DecisionOutcome.Adopted,
            "Bred opbakning fra kommuner og region. Vi evaluerer efter første vinter.",
            DateOnly.FromDateTime(demo.Now.AddMonths(6).UtcDateTime)), cast.Members["jens"].Actor, demo.Now);
        await demo.ActAsync(cast.Members["jens"].Actor, s => s.Events.Append(adopted.Id, concluded), ct);
        await demo.ScheduleAsync(new AskForDecisionReview(adopted.Id), DecisionClock.ReviewTime(concluded.ReviewOn!.Value));
    }

    internal static async Task<Decision> ProposeAsync(DemoScript demo, DemoCast cast, string theme, string who, string title, string proposal,
        TimeSpan deadline, Level[] required, CancellationToken ct)
    {
        var actor = cast.Members[who].Actor;
        var proposed = Proposing.Decide(Guid.CreateVersion7(), cast.Themes[theme],
            new ProposeDecision(title, proposal, demo.Now + deadline, required), actor, demo.Now);
        await demo.ActAsync(actor, s => s.Events.StartStream<Decision>(proposed.DecisionId, proposed), ct);
        await demo.ScheduleAsync(new CloseDecisionForPositions(proposed.DecisionId), proposed.Deadline);
        return Decision.Create(proposed);
    }

    internal static async Task<Decision> PositionsAsync(DemoScript demo, DemoCast cast, Decision decision, CancellationToken ct,
        params (string Who, Position Position, string? Reason)[] positions)
    {
        foreach (var (who, position, reason) in positions)
        {
            var (member, actor) = cast.Members[who];
            var taken = TakingPositions.Decide(decision, member, new TakePosition(position, reason), demo.Now);
            await demo.ActAsync(actor, s => s.Events.Append(decision.Id, taken), ct);
            decision = Decision.Apply(taken, decision);
        }
        return decision;
    }

    private static async Task LessonsAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        (string Theme, string Who, string Title, string Text, LessonKind Kind, Confidentiality Confidentiality, string[] Tags)[] lessons =
        [
            (Workforce, "mette", "Fuld tid som udgangspunkt løftede rekrutteringen",
                "Da vi tilbød 37 timer som udgangspunkt til social- og sundhedsassistenter, steg antallet af ansøgere markant. Prisen var højere end budgetteret, fordi vikarudgifterne først faldt efter et år.",
                LessonKind.Worked, Confidentiality.Public, ["ældrepleje", "rekruttering"]),
            (Climate, "jens", "Grønne tage uden test af membranen lækkede",
                "Vi valgte en membran, som leverandøren ikke havde testet til vores tagtype. Det tredje tag lækkede den første vinter. Kræv dokumenteret test, før I skriver under.",
                LessonKind.WentWrong, Confidentiality.Public, ["klimatilpasning", "udbud"]),
            (Workforce, "anne", "Delte vagtplaner mellem hospital og kommuner",
                "Fælles vagtplaner gav færre huller i weekenden, men krævede et fælles it-system, som kommunerne først fik adgang til efter et halvt år.",
                LessonKind.Mixed, Confidentiality.Forum, ["sundhed", "samarbejde"]),
            (Health, "sara", "Udskrivninger før hjemmeplejen var klar",
                "Vi lod patienter udskrive om fredagen uden at sikre, at kommunernes hjemmepleje var orienteret. Flere blev genindlagt inden mandag. Det var en beslutning, vi burde have stoppet.",
                LessonKind.WentWrong, Confidentiality.ChathamHouse, ["udskrivning", "sundhedsklynger"]),
            (Health, "anne", "En fælles koordinator pr. klynge",
                "Koordinatoren hjalp først, da kommunerne fik adgang til de samme data som hospitalet.",
                LessonKind.Mixed, Confidentiality.ChathamHouse, ["sundhedsklynger"]),
        ];
        foreach (var (theme, who, title, text, kind, confidentiality, tags) in lessons)
        {
            var (member, actor) = cast.Members[who];
            var recorded = RecordingLessons.Decide(Guid.CreateVersion7(), cast.Themes[theme].Id,
                new RecordLesson(title, text, kind, tags, confidentiality, null, null), member, actor, demo.Now);
            await demo.ActAsync(actor, s => s.Events.StartStream<Lesson>(recorded.LessonId, recorded), ct);
        }
    }
}
