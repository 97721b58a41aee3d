using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Languages;
using CoalitionBot.Resources;
using CoalitionBot.Storage;

namespace CoalitionBot.Bots;

/// <summary>Tells the user, in their language, what a failed turn means for them: not saved, try again, or ask the admin.</summary>
public sealed class PoliteTurnErrorHandler : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        // The channel itself failed: there is no way to tell the user; the adapter has logged it.
        if (exception is ConnectorException or UntrustedServiceUrlException) return;

        // The language set during the turn did not flow back out of it (TurnLanguage): answer in the turn's language again.
        TurnLanguage.Apply(turnContext, turnContext.Culture ?? TurnLanguage.Of(turnContext, chosenLanguage: null));

        var text = exception switch
        {
            StorageUnavailableException => Strings.StorageUnavailable,
            ConcurrencyConflictException => Strings.Conflict,
            _ => Strings.TurnFailed,
        };
        if (turnContext.Activity.IsType(ActivityTypes.Invoke))
            turnContext.InvokeResponse = InvokeResponses.Message(text);
        else if (turnContext.Activity.IsType(ActivityTypes.Message))
            await turnContext.SendTextAsync(text, Audience.Conversation, cancellationToken); // says nothing about anyone
    }
}
