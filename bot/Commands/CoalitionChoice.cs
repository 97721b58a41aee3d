using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Commands;

/// <summary>The coalition a command is for: the team's, the member's only one, or the one they choose when asked.</summary>
public sealed class CoalitionChoice(CoalitionResolver resolver, CoalitionStore store, ChooseCoalitionDialog choose, DialogRunner dialogs)
{
    /// <summary>
    /// The coalition for this turn, or null after telling the user what is needed first: to join a coalition, or to choose
    /// one (<paramref name="commandText"/> then runs once they have).
    /// </summary>
    public async Task<Coalition?> ResolveOrAskAsync(TurnContext turn, StateSession session, string commandText, CancellationToken cancellationToken)
    {
        var resolution = await resolver.ResolveAsync(turn, session, cancellationToken);
        if (resolution.Coalition is not null) return resolution.Coalition;
        if (resolution.Choices.Count == 0)
        {
            await turn.SendTextAsync(Strings.NoCoalition, cancellationToken);
            return null;
        }
        await turn.ShowAsync(dialogs.Begin(turn, session, choose, DialogMode.Card, ChooseCoalitionDialog.StartOptions(resolution.Choices, commandText)), cancellationToken);
        return null;
    }

    /// <summary>
    /// The coalition a clicked button names, when it may act there: in a team's channel only that team's own, in a 1:1
    /// chat one in the clicker's own tenant. The clicker's role in it is checked by the caller.
    /// </summary>
    public async Task<Coalition?> NamedAsync(TurnContext turn, CoalitionId named, CancellationToken cancellationToken)
    {
        var here = TeamRoster.CoalitionOf(turn.Activity);
        var allowed = here is null ? named.TenantId == turn.Activity.GetTenantId() : named == here;
        return allowed ? await store.GetAsync(named, cancellationToken) : null;
    }
}
