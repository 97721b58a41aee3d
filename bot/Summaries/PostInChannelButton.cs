using CoalitionBot.Cards;
using CoalitionBot.Commands;
using CoalitionBot.Coalitions;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// "Post in the team's channel" under a summary shown in a 1:1 chat. The button names its coalition, so a click
/// later posts to the right team even when the lead has switched coalitions; the bot checks the clicker's role again.
/// </summary>
public static class PostInChannelButton
{
    /// <summary>The same cards, the last one with the button (a long summary's button comes after its last part).</summary>
    public static IReadOnlyList<AdaptiveCard> AddTo(IReadOnlyList<AdaptiveCard> cards, CoalitionId coalition, string topicText) =>
        [.. cards.Take(cards.Count - 1), cards[^1] with { Actions = [.. cards[^1].Actions ?? [], Button(coalition, topicText)] }];

    private static SubmitAction Button(CoalitionId coalition, string topicText) => new()
    {
        Title = Strings.SummaryPostInChannel,
        Data = CommandButtons.Data(SummaryRequest.Command(topicText, SummaryRequest.ChannelWord), coalition),
    };
}
