using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Exports;

/// <summary>The export's download links as a card, sent only in the lead's 1:1 chat: the links are for them alone.</summary>
public static class ExportCard
{
    public static AdaptiveCard Build(string coalitionName, int minimumRespondents, string csvUrl, string jsonUrl) => new()
    {
        Lang = CardLanguage.Current,
        FallbackText = Strings.ExportTitle,
        MsTeams = TeamsCardProperties.FullWidth,
        Body =
        [
            new TextBlock { Text = Strings.ExportTitle, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = string.Format(CultureInfo.CurrentCulture, Strings.ExportIntro, MemberText.Escape(coalitionName), minimumRespondents), Wrap = true },
            new TextBlock { Text = Strings.ExportValidity, Wrap = true, IsSubtle = true, Size = FontSize.Small },
        ],
        Actions = [new OpenUrlAction { Title = Strings.ExportCsv, Url = csvUrl }, new OpenUrlAction { Title = Strings.ExportJson, Url = jsonUrl }],
    };
}
