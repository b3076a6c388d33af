using Politikerforum.Domain;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>"hjælp", and the answer to anything the bot does not understand.</summary>
public static class ShowHelp
{
    public static Task RunAsync(BotTurn turn, Actor actor, string argument) => turn.ReplyAsync(HelpCard.Build()).AsTask();
}
