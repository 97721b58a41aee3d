using System.Collections.Concurrent;
using CoalitionBot.BotFramework;

namespace CoalitionBot.Tests.LocalChannel;

/// <summary>Stands in for the bot's logic: remembers each turn (the activity and its text without the mention) and answers "ok".</summary>
public sealed class RecordingBot : IBot
{
    public ConcurrentQueue<TurnContext> Turns { get; } = new();

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turnContext);
        if (turnContext.Activity.IsType(CoalitionBot.BotFramework.Schema.ActivityTypes.Message))
            await turnContext.SendTextAsync("ok", cancellationToken);
    }
}
