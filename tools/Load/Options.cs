using System.Globalization;

namespace Politikerforum.Load;

/// <summary>The tool's arguments: <c>--name value</c> pairs, as ops/bench passes them.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new();

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--") || i + 1 >= args.Length) throw new ArgumentException($"expected --name value, got '{args[i]}'");
            options._values[args[i][2..]] = args[i + 1];
        }
        return options;
    }

    public string Text(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public string? Maybe(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Number(string name) => double.Parse(Text(name), CultureInfo.InvariantCulture);

    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value == "true";
}
