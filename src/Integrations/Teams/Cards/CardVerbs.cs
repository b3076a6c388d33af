using System.Text.Json.Nodes;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// The verbs of the bot's card buttons, and the names of the ids a button carries in its data. The verb is in the data
/// too, so a card sent back as an <c>Action.Submit</c> message (older clients) reaches the same handling as an
/// <c>Action.Execute</c> invoke.
/// </summary>
public static class CardVerbs
{
    public const string RecordLesson = "lesson.record";
    public const string ProposeExperiment = "experiment.propose";
    public const string ProposeDecision = "decision.propose";
    public const string MakeCommitment = "commitment.make";
    public const string TakePosition = "decision.position";
    public const string ShowDecision = "decision.show";
    public const string EndorseLesson = "lesson.endorse";
    public const string OpenLessonForm = "lesson.form";

    public const string Verb = "verb";
    public const string Theme = "theme";
    public const string Decision = "decision";
    public const string Lesson = "lesson";
    public const string Experiment = "experiment";
    public const string Position = "position";

    /// <summary>A button's data: its verb and the ids it acts on.</summary>
    public static JsonObject Data(string verb, params (string Name, object? Value)[] ids)
    {
        var data = new JsonObject { [Verb] = verb };
        foreach (var (name, value) in ids)
            if (value is not null) data[name] = value.ToString();
        return data;
    }

    public static ExecuteAction Button(string title, string verb, params (string Name, object? Value)[] ids) =>
        new(title, verb) { Data = Data(verb, ids) };
}
