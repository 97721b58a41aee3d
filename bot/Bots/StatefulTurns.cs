using CoalitionBot.BotFramework;
using CoalitionBot.Conversations;
using CoalitionBot.Languages;
using CoalitionBot.Storage;

namespace CoalitionBot.Bots;

/// <summary>
/// The frame of every turn that reads or changes the user's state: load it once, answer in the user's language from
/// then on, run the turn's work, and save the state once at the end (also when the reply could not go out: the answer
/// was taken all the same).
/// </summary>
public sealed class StatefulTurns(ConversationUserStateStore states)
{
    public async Task RunAsync(TurnContext turn, Func<StateSession, Task> work, CancellationToken cancellationToken)
    {
        var session = await states.LoadAsync(turn.Activity, cancellationToken);
        // Set here, in the method that awaits all of the turn's work, so the whole turn sees it (TurnLanguage).
        TurnLanguage.Apply(turn, TurnLanguage.Of(turn, session.State.Language));
        try
        {
            await work(session);
        }
        catch (Exception e) when (e is not StorageUnavailableException)
        {
            // Storage that is down would only make the user wait as long again.
            await SaveQuietlyAsync(session);
            throw;
        }
        await session.SaveAsync(cancellationToken);
    }

    private static async Task SaveQuietlyAsync(StateSession session)
    {
        try { await session.SaveAsync(CancellationToken.None); }
        catch (Exception) { /* the turn failed already; its own error is what the user hears about */ }
    }
}
