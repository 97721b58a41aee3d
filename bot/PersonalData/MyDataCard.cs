using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Cards;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.PersonalData;

/// <summary>"My data" as a card: per coalition the role and how many answers are kept, and the download of it all as JSON.</summary>
public static class MyDataCard
{
    public static AdaptiveCard Build(JsonObject export, string? downloadUrl)
    {
        var facts = new List<Fact>();
        foreach (var coalition in export["coalitions"]!.AsArray())
        {
            var answers = coalition!.AsObject().Where(p => p.Value is JsonArray && p.Key != "partnersAdded").Sum(p => p.Value!.AsArray().Count);
            facts.Add(new Fact(coalition["name"]?.GetValue<string>() ?? coalition["team"]!.GetValue<string>(),
                string.Format(CultureInfo.CurrentCulture, Strings.MyDataCoalitionFact, coalition["role"]?.GetValue<string>() ?? "-", answers)));
        }
        if (export["introduction"] is not null) facts.Add(new Fact(Strings.DemoTitle, Strings.MyDataKept));
        facts.Add(new Fact(Strings.MyDataConversations, export["conversations"]!.AsArray().Count.ToString(CultureInfo.CurrentCulture)));

        var body = new List<CardElement>
        {
            new TextBlock { Text = Strings.MyDataTitle, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = Strings.MyDataIntro, Wrap = true },
            new FactSet { Facts = facts },
        };
        return new AdaptiveCard
        {
            Lang = CardLanguage.Current,
            FallbackText = Strings.MyDataTitle,
            MsTeams = TeamsCardProperties.FullWidth,
            Body = body,
            Actions = downloadUrl is null ? null : [new OpenUrlAction { Title = Strings.MyDataDownload, Url = downloadUrl }],
        };
    }
}
