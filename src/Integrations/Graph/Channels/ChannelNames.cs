namespace Politikerforum.Integrations.Graph.Channels;

/// <summary>A theme's title as a Teams channel name: at most 50 characters, without the characters Teams refuses in one.</summary>
public static class ChannelNames
{
    private const int MaxName = 50, MaxDescription = 1024;
    private static readonly char[] Refused = ['~', '#', '%', '&', '*', '{', '}', '+', '/', '\\', ':', '<', '>', '?', '|', '\'', '"'];

    public static string Of(string title)
    {
        var name = string.Join(' ', new string(title.Select(c => Refused.Contains(c) || char.IsControl(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', '_', ' ');
        if (name.Length > MaxName) name = name[..(char.IsHighSurrogate(name[MaxName - 1]) ? MaxName - 1 : MaxName)].TrimEnd();
        return name.Length > 0 ? name : "Tema";
    }

    public static string Description(string description) =>
        description.Length <= MaxDescription ? description : description[..(MaxDescription - 1)] + "…";
}
