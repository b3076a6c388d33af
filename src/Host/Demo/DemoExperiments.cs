using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;

namespace Politikerforum.Host.Demo;

/// <summary>Experiments in every state, and a lesson drawn from the one that ended.</summary>
internal static class DemoExperiments
{
    public static async Task PlayAsync(DemoScript demo, DemoCast cast, CancellationToken ct)
    {
        const string workforce = "Fremtidens arbejdskraft", climate = "Klimatilpasning på tværs";
        await ProposeAsync(demo, cast, workforce, "camilla", "Fælles EU-ansøgning om midler til sprogundervisning",
            "Hvis kommuner, regioner og Europa-Parlamentets medlemmer søger sammen, får vi større chance for midler.",
            ["Europa-Parlamentet", "Aarhus Kommune", "Region Midtjylland"], [Level.Europaparlamentet, Level.Kommune, Level.Region], 8, ct);

        var running = await ProposeAsync(demo, cast, workforce, "mette", "Firedages arbejdsuge i ældreplejen",
            "En firedages arbejdsuge med samme løn tiltrækker flere social- og sundhedsassistenter uden at sænke kvaliteten.",
            ["Aarhus Kommune", "Odense Kommune"], [Level.Kommune], 6, ct);
        running = await StepAsync(demo, cast, "mette", running, e => StartingExperiments.Decide(e, cast.Members["mette"].Actor, demo.Now), ct);
        running = await StepAsync(demo, cast, "jens", running, e => NotingProgress.Decide(e,
            new NoteProgress("Odense er med fra næste måned; vi måler sygefravær og ansøgertal hver uge."), cast.Members["jens"].Actor, demo.Now), ct);

        var done = await ProposeAsync(demo, cast, climate, "henrik", "Regnvandsbede på skoler",
            "Regnvandsbede på skolernes arealer kan tage toppen af skybrud og bruges i undervisningen.",
            ["Vejle Kommune", "Region Syddanmark"], [Level.Kommune, Level.Region], 2, ct);
        done = await StepAsync(demo, cast, "henrik", done, e => StartingExperiments.Decide(e, cast.Members["henrik"].Actor, demo.Now), ct);
        done = await StepAsync(demo, cast, "henrik", done, e => ConcludingExperiments.Decide(e, new ConcludeExperiment(ExperimentOutcome.Mixed,
            "Bedene tog vandet fra to af tre skybrud, men vedligeholdelsen var dyrere end ventet."), cast.Members["henrik"].Actor, demo.Now), ct);

        var dropped = await ProposeAsync(demo, cast, climate, "peter", "Fælles varslings-app for skybrud",
            "En fælles app fra region og kommuner giver borgerne bedre varsler end hver myndigheds egen løsning.",
            ["Region Syddanmark"], [Level.Region, Level.Kommune], 4, ct);
        await StepAsync(demo, cast, "peter", dropped, e => AbandoningExperiments.Decide(e, new AbandonExperiment(
            "DMI lancerer en national løsning, så vi bruger den i stedet."), cast.Members["peter"].Actor, demo.Now), ct);

        var (henrik, actor) = cast.Members["henrik"];
        var lesson = RecordingLessons.Decide(Guid.CreateVersion7(), cast.Themes[climate].Id, new RecordLesson(
            "Regnvandsbede kræver en plan for vedligeholdelse",
            "Bedene virkede, men budgettér vedligeholdelsen fra start, og aftal, hvem der gør hvad mellem skole og forvaltning.",
            LessonKind.Mixed, ["klimatilpasning", "skoler"], Confidentiality.Public, done.Id, null), henrik, actor, demo.Now);
        await demo.ActAsync(actor, s => s.Events.StartStream<Lesson>(lesson.LessonId, lesson), ct);
    }

    private static async Task<Experiment> ProposeAsync(DemoScript demo, DemoCast cast, string theme, string who, string title,
        string hypothesis, string[] bodies, Level[] levels, int months, CancellationToken ct)
    {
        var actor = cast.Members[who].Actor;
        var proposed = ProposingExperiments.Decide(Guid.CreateVersion7(), cast.Themes[theme], new ProposeExperiment(title, hypothesis, bodies, levels,
            DateOnly.FromDateTime(demo.Now.AddMonths(months).UtcDateTime)), actor, demo.Now);
        await demo.ActAsync(actor, s => s.Events.StartStream<Experiment>(proposed.ExperimentId, proposed), ct);
        return Experiment.Create(proposed);
    }

    private static async Task<Experiment> StepAsync(DemoScript demo, DemoCast cast, string who, Experiment experiment,
        Func<Experiment, object> decide, CancellationToken ct)
    {
        var happened = decide(experiment);
        await demo.ActAsync(cast.Members[who].Actor, s => s.Events.Append(experiment.Id, happened), ct);
        return happened switch
        {
            ExperimentStarted e => Experiment.Apply(e, experiment),
            ExperimentProgressNoted e => Experiment.Apply(e, experiment),
            ExperimentConcluded e => Experiment.Apply(e, experiment),
            ExperimentAbandoned e => Experiment.Apply(e, experiment),
            _ => experiment
        };
    }
}
