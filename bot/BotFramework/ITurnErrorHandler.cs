namespace CoalitionBot.BotFramework;

/// <summary>Tells the user something polite when a turn fails (the SDK's OnTurnError).</summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
