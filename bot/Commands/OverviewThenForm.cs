using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;

namespace CoalitionBot.Commands;

/// <summary>
/// A card of the coalition's current state for every member, then the form that changes it for those who may (who are
/// checked again when it is saved): partners, roles, settings.
/// </summary>
public static class OverviewThenForm
{
    public static async Task ShowAsync(CommandTurn command, AdaptiveCard overview, CoalitionDialog form, bool mayChange, CancellationToken cancellationToken)
    {
        await command.Turn.SendCardAsync(overview.ToJsonElement(), cancellationToken);
        if (mayChange) await command.BeginAsync(form, cancellationToken);
    }

    /// <summary>The overview as a message card: the text, with what only some may change said to the others.</summary>
    public static AdaptiveCard Card(string title, string text, string onlySomeMayChange, bool mayChange, IReadOnlyList<Fact> facts) =>
        MessageCard.Build(title, mayChange ? text : $"{text} {onlySomeMayChange}", facts, CardLanguage.Current);
}
