using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Exports;

/// <summary>The export's download links as a card, sent only in the lead's 1:1 chat: the links are for them alone.</summary>
public static class ExportCard
{
    public static AdaptiveCard Build(string coalitionName, int minimumRespondents, string csvUrl, string jsonUrl)
    {
        var card = MessageCard.Build(Strings.ExportTitle, Texts.Format(Strings.ExportIntro, MemberText.Escape(coalitionName), minimumRespondents), facts: null, CardLanguage.Current);
        return card with
        {
            Body = [.. card.Body, new TextBlock { Text = Strings.ExportValidity, Wrap = true, IsSubtle = true, Size = FontSize.Small }],
            Actions = [new OpenUrlAction { Title = Strings.ExportCsv, Url = csvUrl }, new OpenUrlAction { Title = Strings.ExportJson, Url = jsonUrl }],
        };
    }
}
