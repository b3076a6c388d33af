namespace Politikerforum.Host.Tests.Doors;

/// <summary>Every command's rows, one file per feature: a success and the refusals worth comparing.</summary>
public static partial class DoorRows
{
    public static IReadOnlyList<DoorRow> All { get; } =
        [.. Posts(), .. Themes(), .. Experiments(), .. Commitments(), .. Lessons(), .. Decisions(), .. Members(), .. Organisations(), .. Applications(), .. Channels(), .. Webhooks()];
}
