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
        if (exception is UntrustedServiceUrlException) return; // nowhere to answer; the adapter has logged it

        // The language set during the turn did not flow back out of it (TurnLanguage): answer in the turn's language again.
        TurnLanguage.Apply(turnContext, turnContext.Culture ?? TurnLanguage.Of(turnContext, chosenLanguage: null));
        if (exception is ConnectorException refusal)
        {
            await ChannelRefusalNotice.TellAsync(turnContext, refusal, cancellationToken);
            return;
        }

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
