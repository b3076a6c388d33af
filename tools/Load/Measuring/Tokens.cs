namespace Politikerforum.Load.Measuring;

/// <summary>
/// Bearer tokens made by ops/token (the development issuer), one line per caller: <c>name token</c>. The names are
/// <c>admin</c>, <c>integrator</c> and the bench members' Entra object ids.
/// </summary>
public sealed class Tokens(IReadOnlyDictionary<string, string> byName)
{
    public static Tokens Read(string file) => new(File.ReadAllLines(file)
        .Where(line => line.Contains(' '))
        .Select(line => line.Split(' ', 2))
        .ToDictionary(parts => parts[0], parts => parts[1].Trim()));

    public string For(string name) =>
        byName.TryGetValue(name, out var token) ? token : throw new InvalidOperationException($"no token for {name}; ops/bench makes them");
}
