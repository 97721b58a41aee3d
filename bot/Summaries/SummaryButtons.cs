using CoalitionBot.Cards;
using CoalitionBot.Commands;
using CoalitionBot.Coalitions;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// The buttons under a summary: "as PDF", and in a 1:1 chat "post in the team's channel". A button names its coalition,
/// so a click later acts on the right team even when the lead has switched coalitions; the bot checks the clicker's role
/// again, and a PDF link goes only to the clicker's 1:1 chat.
/// </summary>
public static class SummaryButtons
{
    /// <summary>The same cards, the last one with the buttons (a long summary's buttons come after its last part).</summary>
    public static IReadOnlyList<AdaptiveCard> AddTo(IReadOnlyList<AdaptiveCard> cards, CoalitionId coalition, string topicText, bool inChannel) =>
        [.. cards.Take(cards.Count - 1), cards[^1] with { Actions = [.. cards[^1].Actions ?? [], .. Buttons(coalition, topicText, inChannel)] }];

    private static IEnumerable<SubmitAction> Buttons(CoalitionId coalition, string topicText, bool inChannel)
    {
        if (!inChannel) yield return Button(Strings.SummaryPostInChannel, coalition, SummaryRequest.Command(topicText, SummaryRequest.ChannelWord));
        yield return Button(Strings.SummaryPdfButton, coalition, SummaryRequest.Command(topicText, SummaryRequest.PdfWord));
    }

    private static SubmitAction Button(string title, CoalitionId coalition, string command) => new() { Title = title, Data = CommandButtons.Data(command, coalition) };
}
