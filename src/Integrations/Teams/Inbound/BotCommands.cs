using System.Text.RegularExpressions;
using Politikerforum.Domain;
using Politikerforum.Integrations.Teams.Inbound.Commands;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>A Danish command the bot understands: what was asked after the command's own words, and who asked.</summary>
public delegate Task BotCommand(BotTurn turn, Actor actor, string argument);

/// <summary>
/// The Danish commands, read from the text after the bot's own mention: case does not matter, nor do extra spaces
/// between words. Longer commands are tried first, so "ingen besked ved hurtig handling" is not read as "hurtig handling".
/// </summary>
public static partial class BotCommands
{
    private static readonly IReadOnlyList<(string[] Words, BotCommand Run)> Table = new (string Words, BotCommand Run)[]
    {
        ("hjælp", ShowHelp.RunAsync),
        ("temaer", ListThemes.RunAsync),
        ("tidslinje", ShowTimeline.RunAsync),
        ("indlæg", WritePost.RunAsync),
        ("erfaring", OpenForm.LessonAsync),
        ("eksperiment", OpenForm.ExperimentAsync),
        ("forslag", OpenForm.DecisionAsync),
        ("tilsagn", OpenForm.CommitmentAsync),
        ("søg", SearchLessons.RunAsync),
        ("hurtig handling", ChangePace.UrgentAsync),
        ("normalt tempo", ChangePace.NormalAsync),
        ("tilknyt", LinkChannel.RunAsync),
        (Join, Commands.Join.RunAsync),
        ("besked ved hurtig handling", ChooseNotices.OnAsync),
        ("ingen besked ved hurtig handling", ChooseNotices.OffAsync)
    }.Select(entry => (entry.Words.Split(' '), entry.Run)).OrderByDescending(entry => entry.Item1.Length).ToList();

    public const string Join = "deltag";

    /// <summary>The command the text starts with (its words, lower-case) and the rest of the text; help for anything else, so no input goes unanswered.</summary>
    public static (string Command, BotCommand Run, string Argument) Read(string text)
    {
        var words = Words().Matches(text);
        foreach (var (command, run) in Table)
        {
            if (words.Count < command.Length) continue;
            if (!command.Select((word, i) => string.Equals(word, words[i].Value, StringComparison.OrdinalIgnoreCase)).All(same => same)) continue;
            var end = words[command.Length - 1].Index + words[command.Length - 1].Length;
            return (string.Join(' ', command), run, text[end..].Trim());
        }
        return ("hjælp", ShowHelp.RunAsync, "");
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
