using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries.Pdf;

/// <summary>The link to a summary's PDF as a card, sent only in the lead's 1:1 chat: the link is for them alone.</summary>
public static class SummaryPdfCard
{
    public static AdaptiveCard Build(string url)
    {
        var card = MessageCard.Build(Strings.SummaryPdfTitle, Strings.SummaryPdfIntro, facts: null, CardLanguage.Current);
        return card with
        {
            Body = [.. card.Body, new TextBlock { Text = Strings.SummaryPdfValidity, Wrap = true, IsSubtle = true, Size = FontSize.Small }],
            Actions = [new OpenUrlAction { Title = Strings.SummaryPdfOpen, Url = url }],
        };
    }
}
