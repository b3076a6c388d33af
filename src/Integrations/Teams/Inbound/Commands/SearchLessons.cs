using Politikerforum.Domain;
using Politikerforum.Domain.Search;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>"søg &lt;ord&gt;": the lessons library, as the person may read it, most relevant first.</summary>
public static class SearchLessons
{
    public const int Hits = 10;

    public static async Task RunAsync(BotTurn turn, Actor actor, string argument)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            await turn.ReplyAsync("Skriv, hvad du vil søge efter, fx: søg ældrepleje");
            return;
        }
        if (ForumSearch.Refuses(argument, []) is { } refusal)
        {
            await turn.ReplyAsync(refusal.Detail);
            return;
        }
        var hits = (await turn.Search.LibraryAsync(turn.Session, actor, argument, new LibraryFilter(), null, Hits, CancellationToken.None)).Items;
        await turn.ReplyAsync(SearchCard.Build(argument, hits));
    }
}
