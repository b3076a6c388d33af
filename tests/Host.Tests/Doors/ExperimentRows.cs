namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static IEnumerable<DoorRow> Experiments() => [];
}
