namespace CoalitionBot.Cards.Forms;

/// <summary>A plain card with a heading, a line of text and label/value facts: confirmations and notices.</summary>
public static class MessageCard
{
    public static AdaptiveCard Build(string title, string text, IReadOnlyList<Fact>? facts, string language)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = text, Wrap = true },
        };
        if (facts is { Count: > 0 }) body.Add(new FactSet { Facts = facts });
        return new AdaptiveCard { Lang = language, FallbackText = title, MsTeams = TeamsCardProperties.FullWidth, Body = body };
    }
}
