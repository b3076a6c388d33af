namespace Politikerforum.Integrations.Feed.Contract;

/// <summary>
/// Marks a record as the data of one public integration event type. The type name and the version are the
/// contract: an incompatible change to a data shape gets a new version (and a new record), never an edit here.
/// </summary>
/// <param name="Name">The CloudEvents <c>type</c> after the <c>dk.politikerforum.</c> prefix, e.g. <c>lesson.recorded</c>.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class IntegrationEventAttribute(string name, int version) : Attribute
{
    public const string Prefix = "dk.politikerforum.";

    public string Type { get; } = Prefix + name;
    public int Version { get; } = version;
}
