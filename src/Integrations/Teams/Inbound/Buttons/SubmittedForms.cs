using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Inbound.Buttons;

/// <summary>
/// The four forms, submitted. Each becomes the body the API would take for the same thing and is read into the same
/// command, so the command's own input checks and rules answer, in the same Danish words as over HTTP.
/// </summary>
public static class SubmittedForms
{
    private static readonly JsonSerializerOptions Json = ForumJson.Create();

    public static Task<CardAnswer> LessonAsync(BotTurn turn, Actor actor, JsonObject data) =>
        RunAsync<RecordLesson>(turn, actor, data, new JsonObject
        {
            ["title"] = data.Text("title"), ["text"] = data.Text("text"), ["kind"] = data.Text("kind"), ["tags"] = data.List("tags"),
            ["confidentiality"] = data.Text("confidentiality"), ["personal"] = data.Text("personal") == "true",
            ["sourceExperimentId"] = data.Text(CardVerbs.Experiment)
        }, (command, theme) => command with { ThemeId = theme.Id }, (command, theme) => command.Confidentiality == Confidentiality.ChathamHouse
            ? NoticeCard.Build("Tak for din erfaring",
                $"»{command.Title.Trim()}« er delt under Chatham House-reglen. Ingen får at vide, at den er fra dig, heller ikke sekretariatet. "
                + "Den kommer med i kanalens næste daglige oversigt.")
            : NoticeCard.Build("Tak for din erfaring", $"»{command.Title.Trim()}« er delt i temaet »{theme.Title}«."));

    public static Task<CardAnswer> ExperimentAsync(BotTurn turn, Actor actor, JsonObject data) =>
        RunAsync<ProposeExperiment>(turn, actor, data, new JsonObject
        {
            ["title"] = data.Text("title"), ["hypothesis"] = data.Text("hypothesis"), ["bodies"] = data.List("bodies"),
            ["levels"] = data.List("levels"), ["plannedEnd"] = data.Text("plannedEnd")
        }, (command, theme) => command with { ThemeId = theme.Id },
            (command, theme) => NoticeCard.Build("Eksperimentet er foreslået", $"»{command.Title.Trim()}« er foreslået i temaet »{theme.Title}«."));

    public static Task<CardAnswer> DecisionAsync(BotTurn turn, Actor actor, JsonObject data) =>
        RunAsync<ProposeDecision>(turn, actor, data, new JsonObject
        {
            ["title"] = data.Text("title"), ["proposal"] = data.Text("proposal"), ["requiredLevels"] = data.List("requiredLevels"),
            ["deadline"] = Deadline(data)
        }, (command, theme) => command with { ThemeId = theme.Id },
            (command, theme) => NoticeCard.Build("Forslaget er stillet",
                $"»{command.Title.Trim()}« er stillet i temaet »{theme.Title}«. Medlemmerne kan tage stilling indtil {Danish.Time(command.Deadline!.Value)}."));

    public static Task<CardAnswer> CommitmentAsync(BotTurn turn, Actor actor, JsonObject data) =>
        RunAsync<MakeCommitment>(turn, actor, data, new JsonObject
        {
            ["what"] = data.Text("what"), ["toLevel"] = data.Text("toLevel") is "forum" ? null : data.Text("toLevel"), ["dueOn"] = data.Text("dueOn")
        }, (command, theme) => command with { ThemeId = theme.Id },
            (command, theme) => NoticeCard.Build("Tilsagnet er givet", $"Dit tilsagn i temaet »{theme.Title}« er registreret med frist {Danish.Date(command.DueOn!.Value)}."));

    /// <summary>The form's date and time as a moment on the Danish clock; null (and so refused as missing) when either is unreadable.</summary>
    private static DateTimeOffset? Deadline(JsonObject data) =>
        DateOnly.TryParseExact(data.Text("deadlineDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && TimeOnly.TryParseExact(data.Text("deadlineTime"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? Danish.At(date, time)
            : null;

    private static async Task<CardAnswer> RunAsync<T>(BotTurn turn, Actor actor, JsonObject data, JsonObject body,
        Func<T, Theme, T> inTheme, Func<T, Theme, AdaptiveCard> receipt) where T : ICommand
    {
        if (data.Id(CardVerbs.Theme) is not { } themeId || await turn.Session.LoadAsync<Theme>(themeId) is not { } theme)
            return CardAnswer.Of(Refusal.Unknown.Detail);
        T? read;
        try
        {
            read = body.Deserialize<T>(Json);
        }
        catch (JsonException)
        {
            read = default;
        }
        if (read is null) return CardAnswer.Of(CommandInput.Unreadable);
        var command = inTheme(read, theme);
        return await turn.RunAsync(actor, command) is Refusal refusal ? CardAnswer.Of(Answers.Of(refusal)) : CardAnswer.Of(receipt(command, theme));
    }
}
