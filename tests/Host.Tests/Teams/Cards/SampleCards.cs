using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Search;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Host.Tests.Teams.Cards;

/// <summary>Every card the bot can send, built as the bot builds it, from views as full as they come (long texts, every level).</summary>
public static class SampleCards
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Theme = Guid.NewGuid();
    private static readonly string Long = string.Concat(Enumerable.Repeat("Vi sendte borgerne hjem, før hjemmeplejen var klar. ", 500));
    private static readonly string[] Members = [.. Enumerable.Range(0, 60).Select(i => $"29:{Guid.NewGuid():N}{i}")];

    private static DecisionDetail Decision(DecisionStatus status)
    {
        var positions = Levels.All.SelectMany(level => Enumerable.Range(0, 10).Select(i =>
            new ShownPosition(Guid.NewGuid(), $"Medlem {i}", level, "Aarhus Kommune", (Position)(i % 3), null, Now))).ToList();
        return new DecisionDetail(Guid.NewGuid(), Theme, "Fælles udskrivningsaftale", Long, Now.AddDays(3), [Level.Kommune, Level.Region],
            Proposer, Now, status, status == DecisionStatus.Adopted ? Long : null, null, false, 3, positions, Tally.Of(positions.Select(p =>
                new MemberPosition(p.MemberId, p.Level, p.Body!, p.Position, null, p.TakenAt))),
            Levels.All.ToDictionary(level => level, level => new Tally(4, 3, 3)), [], []);
    }

    private static LessonView Lesson(Confidentiality confidentiality) => new(Guid.NewGuid(), Theme, "Udskrivningen gik skævt", Long, LessonKind.WentWrong,
        ["udskrivning", "ældrepleje"], confidentiality, null, null, null, null, [.. Enumerable.Range(0, 40).Select(_ => Guid.NewGuid())], Now, null, 1);

    private static ExperimentView Experiment => new(Guid.NewGuid(), Theme, "Firedages arbejdsuge", Long, ["Odense Kommune", "Region Syddanmark"],
        [Level.Kommune, Level.Region], new DateOnly(2026, 9, 1), Proposer, Now, ExperimentStatus.Concluded, Now, [], ExperimentOutcome.Mixed, Long,
        null, Proposer, Now, true, 4);

    private static readonly ShownActor Proposer = new(Guid.NewGuid(), "Mette Holm", Level.Kommune, "Aarhus Kommune", "member");

    public static IReadOnlyDictionary<string, AdaptiveCard> All() => new Dictionary<string, AdaptiveCard>
    {
        ["help"] = HelpCard.Build(),
        ["welcome, channel"] = WelcomeCard.Build(true),
        ["welcome, personal"] = WelcomeCard.Build(false),
        ["lesson form"] = LessonForm.Build(Theme, "Udskrivning af ældre patienter", Guid.NewGuid()),
        ["experiment form"] = ExperimentForm.Build(Theme, "Udskrivning af ældre patienter", new DateOnly(2026, 3, 2)),
        ["decision form"] = DecisionForm.Build(Theme, "Udskrivning af ældre patienter", new DateOnly(2026, 3, 2)),
        ["commitment form"] = CommitmentForm.Build(Theme, "Udskrivning af ældre patienter", new DateOnly(2026, 3, 2)),
        ["decision, open"] = DecisionCard.Build(Decision(DecisionStatus.Open), "Udskrivning af ældre patienter", null, Members),
        ["decision, own position"] = DecisionCard.Build(Decision(DecisionStatus.Open), "Udskrivning af ældre patienter", Position.Object, Members),
        ["decision, adopted"] = DecisionCard.Build(Decision(DecisionStatus.Adopted), "Udskrivning af ældre patienter", Position.Support, Members),
        ["lesson, chatham house"] = LessonCard.Build(Lesson(Confidentiality.ChathamHouse), "Udskrivning af ældre patienter", null),
        ["lesson, named, endorsed"] = LessonCard.Build(Lesson(Confidentiality.Forum), "Udskrivning af ældre patienter", "Mette Holm, Aarhus Kommune", true),
        ["experiment concluded"] = ExperimentCard.Build(Experiment, "Udskrivning af ældre patienter"),
        ["notice"] = NoticeCard.Build("Hurtig handling", Long[..400], new Fact("Tema", "Udskrivning af ældre patienter")),
        ["themes"] = ThemesCard.Build([.. Enumerable.Range(0, 25).Select(i =>
            new ThemeSummary(Guid.NewGuid(), $"Tema {i} " + Long[..100], Visibility.Forum, false, 12, Now, (Pace)(i % 2), i % 2 == 1 ? Now.AddDays(3) : null, new Dictionary<Level, int> { [Level.Kommune] = 12 }))], true),
        ["timeline"] = TimelineCard.Build("Udskrivning af ældre patienter", [.. Enumerable.Range(0, 10).Select(i =>
            new TimelineItem(i, Now, "post.published", new ShownActor(null, "Chatham House – afsender anonym", null, null, "anonymous"), Long[..400], null, null))]),
        ["search"] = SearchCard.Build("udskrivning", [.. Enumerable.Range(0, 10).Select(i =>
            new SearchHit("lessons", Guid.NewGuid(), Theme, "Udskrivningen gik skævt", "Vi sendte <mark>borgerne</mark> hjem &amp; " + Long[..300], 0.5))]),
        ["digest"] = DigestCard.Build("Udskrivning af ældre patienter", new DateOnly(2026, 3, 2), [.. Enumerable.Range(0, 60).Select(i => $"Ny erfaring: »{Long[..200]}«")])
    };
}
