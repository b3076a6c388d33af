using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Web;

/// <summary>What the pages' filters offer to choose from, read page by page through the Domain's queries.</summary>
public static class Choices
{
    /// <summary>Every theme the actor may see, in the order they were opened.</summary>
    public static Task<IReadOnlyList<ThemeSummary>> ThemesAsync(IQuerySession session, Actor actor, CancellationToken ct) =>
        AllAsync(after => ThemeReads.ListAsync(session, actor, null, null, after, Page.MaxLimit, ct));

    /// <summary>Every member in the directory, or none for those the directory is not for.</summary>
    public static async Task<IReadOnlyList<MemberView>> MembersAsync(IQuerySession session, Actor actor, CancellationToken ct) =>
        MemberReads.Refuses(actor) is null
            ? await AllAsync(after => MemberReads.ListAsync(session, new MemberFilter(), actor, after, Page.MaxLimit, ct))
            : [];

    private static async Task<IReadOnlyList<T>> AllAsync<T>(Func<Guid?, Task<Page<T>>> page)
    {
        var all = new List<T>();
        Guid? after = null;
        do
        {
            var next = await page(after);
            all.AddRange(next.Items);
            after = next.Next is { } cursor ? Guid.Parse(cursor) : null;
        } while (after is not null);
        return all;
    }
}
