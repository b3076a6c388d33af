namespace Politikerforum.Domain.Tests;

public static class Then
{
    public static void Allowed(Refusal? refusal) => Assert.Null(refusal);

    /// <summary>Answered as everything unknown or invisible is, with the one and same refusal, whatever the kind of item.</summary>
    public static void Unknown(Refusal? refusal) => Assert.Same(Refusal.Unknown, refusal);

    /// <summary>The kind is the contract; the Danish wording may change, so only a key word is checked.</summary>
    public static void Refused(Refusal? refusal, RefusalKind kind, string keyWord)
    {
        Assert.NotNull(refusal);
        Assert.Equal(kind, refusal.Kind);
        Assert.Contains(keyWord, refusal.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
