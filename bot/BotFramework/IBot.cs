namespace CoalitionBot.BotFramework;

/// <summary>The bot's logic for one turn (one inbound activity), as in Microsoft's SDK.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
