using Marten;

namespace Politikerforum.Domain;

/// <summary>One page of a list. <see cref="Next"/> is the cursor for the following page, or null at the end.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>Which way a list of events runs: oldest first (<c>asc</c>) or newest first (<c>desc</c>).</summary>
public enum Order { Asc, Desc }

public static class Page
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Fetches one more than asked for, to know whether there is a next page.</summary>
    public static async Task<Page<T>> FetchAsync<T>(IQueryable<T> ordered, int? limit, Func<T, string> cursorOf, CancellationToken ct)
        where T : notnull
    {
        var take = Clamp(limit);
        var fetched = await ordered.Take(take + 1).ToListAsync(ct);
        return Of(fetched, take, cursorOf);
    }

    public static Page<T> Of<T>(IReadOnlyList<T> fetched, int take, Func<T, string> cursorOf) =>
        fetched.Count > take
            ? new Page<T>(fetched.Take(take).ToList(), cursorOf(fetched[take - 1]))
            : new Page<T>(fetched, null);
}
