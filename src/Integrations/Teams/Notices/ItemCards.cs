using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.People;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>The cards of the things a channel is told about, as the channel may see them now (<see cref="ChannelAudience"/>).</summary>
public static class ItemCards
{
    public static async Task<(DecisionDetail Decision, AdaptiveCard Card)?> DecisionAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Decision>(id, ct) is not { } decision || await session.LoadAsync<Theme>(decision.ThemeId, ct) is not { } theme) return null;
        var detail = await DecisionReads.ShowAsync(session, decision, theme, ct);
        return (detail, DecisionCard.Build(detail, theme.Title, null, await RefreshForAsync(session, theme, ct)));
    }

    /// <summary>The Teams users whose decision cards show their own position by themselves: the theme's participants the bot knows.</summary>
    public static async Task<IReadOnlyList<string>> RefreshForAsync(IQuerySession session, Theme theme, CancellationToken ct) =>
        [.. (await TeamsPerson.OfAsync(session, theme.Participants.Select(p => p.MemberId), ct)).Select(p => p.TeamsUserId)];

    /// <summary>Null when the channel may not read the lesson (its confidentiality, or the secretariat hid it).</summary>
    /// <param name="endorsedByYou">For the card answered to a member who just endorsed it.</param>
    public static async Task<(LessonView Lesson, AdaptiveCard Card)?> LessonAsync(IQuerySession session, Guid id, CancellationToken ct, bool endorsedByYou = false)
    {
        if (await session.LoadAsync<LessonView>(id, ct) is not { } lesson || !ChannelAudience.MayRead(lesson)) return null;
        var theme = await session.LoadAsync<Theme>(lesson.ThemeId, ct);
        return (lesson, LessonCard.Build(lesson, theme?.Title ?? "", await AuthorAsync(session, lesson, ct), endorsedByYou));
    }

    /// <summary>The author as the forum names them; null under the Chatham House rule, where the view holds no author.</summary>
    public static async Task<string?> AuthorAsync(IQuerySession session, LessonView lesson, CancellationToken ct)
    {
        if (lesson.AuthorId is not { } authorId) return null;
        var shown = (await ActorNames.LoadAsync(session, [authorId], ct)).Show(authorId, authorId == Guid.Empty ? "secretariat" : null);
        return shown.Body is { } body ? $"{shown.Name}, {body}" : shown.Name;
    }

    public static async Task<(ExperimentView Experiment, AdaptiveCard Card)?> ExperimentAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Experiment>(id, ct) is not { } experiment) return null;
        var view = await ExperimentReads.ShowAsync(session, experiment, ct);
        var theme = await session.LoadAsync<Theme>(experiment.ThemeId, ct);
        return (view, ExperimentCard.Build(view, theme?.Title ?? ""));
    }
}
