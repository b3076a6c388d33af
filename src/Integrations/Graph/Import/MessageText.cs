using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Graph.Models;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Integrations.Graph.Import;

/// <summary>What an imported message says: its plain text, and the members it @mentions.</summary>
public sealed record ImportedText(string Text, IReadOnlyList<Guid> Mentions);

/// <summary>
/// A Teams message's body reduced to safe plain text with an HTML5 parser (AngleSharp), never with patterns: markup,
/// scripts and styles are gone, entities decoded, paragraphs and line breaks kept as new lines. An <c>&lt;at&gt;</c>
/// mention of a member stays as "@name" and a reference to the member; of anyone else the registry does not know, as
/// "@ukendt Teams-bruger", so no outsider's name is copied into the forum.
/// </summary>
public static class MessageText
{
    public const int MaxLength = 20_000;

    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Dropped = ["SCRIPT", "STYLE", "TEMPLATE", "HEAD", "NOSCRIPT", "IFRAME", "OBJECT", "SVG"];
    private static readonly HashSet<string> Blocks = ["P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "UL", "OL", "TABLE"];

    /// <param name="members">Members by Entra object id, among those the message mentions.</param>
    public static ImportedText Of(ChatMessage message, IReadOnlyDictionary<string, Guid> members)
    {
        var mentions = (message.Mentions ?? []).Where(m => m.Id is not null).GroupBy(m => m.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        var mentioned = new List<Guid>();
        string text;
        if (message.Body?.ContentType == BodyType.Text) text = message.Body.Content ?? "";
        else
        {
            var document = Parser.ParseDocument($"<!DOCTYPE html><html><body>{message.Body?.Content}</body></html>");
            var written = new StringBuilder();
            Write(document.Body!, written, mentions, members, mentioned);
            text = written.ToString();
        }
        return new ImportedText(Tidy(text), mentioned.Distinct().ToList());
    }

    private static void Write(INode node, StringBuilder text, Dictionary<int, ChatMessageMention> mentions, IReadOnlyDictionary<string, Guid> members, List<Guid> mentioned)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText part:
                    text.Append(part.Data);
                    break;
                case IElement { TagName: "AT" } at:
                    text.Append('@').Append(Mention(at, mentions, members, mentioned));
                    break;
                case IElement { TagName: "BR" }:
                    text.Append('\n');
                    break;
                case IElement { TagName: "IMG" }:
                    text.Append("[billede]");
                    break;
                case IElement { TagName: "ATTACHMENT" }:
                    text.Append("[vedhæftet]");
                    break;
                case IElement element when Dropped.Contains(element.TagName):
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.TagName);
                    if (block) text.Append('\n');
                    Write(element, text, mentions, members, mentioned);
                    if (block) text.Append('\n');
                    break;
            }
        }
    }

    private static string Mention(IElement at, Dictionary<int, ChatMessageMention> mentions, IReadOnlyDictionary<string, Guid> members, List<Guid> mentioned)
    {
        var written = Tidy(at.TextContent);
        if (!int.TryParse(at.GetAttribute("id"), out var id) || !mentions.TryGetValue(id, out var mention)) return written;
        if (mention.Mentioned?.User?.Id is not { } objectId) return written; // a channel, a team, a tag or an app: no person
        if (!members.TryGetValue(objectId, out var member)) return UnknownTeamsUser.Name.ToLowerInvariant();
        mentioned.Add(member);
        return written;
    }

    /// <summary>Whitespace as a reader expects it, nothing PostgreSQL cannot store, and no longer than a post may be.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)));
        var tidy = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blank++; continue; }
            if (tidy.Length > 0) tidy.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            tidy.Append(line);
        }
        var clean = new string(tidy.ToString().Where(c => c == '\n' || !char.IsControl(c)).ToArray());
        if (!CommandInput.IsStorable(clean)) clean = string.Concat(clean.EnumerateRunes().Select(r => r.ToString()));
        return clean.Length <= MaxLength ? clean : clean[..(char.IsHighSurrogate(clean[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1)] + "…";
    }
}
