namespace CoalitionBot.Cards.Summaries;

/// <summary>
/// A summary for leads, posted in the team's channel: the title, then one separated section per topic
/// (facts, a list, a subtle note, buttons). Adaptive Cards 1.5; builders keep it under the Teams limit.
/// </summary>
public static class SummaryCard
{
    public static AdaptiveCard Build(SummaryCardContent content)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = content.Title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
        };
        if (content.Intro is not null) body.Add(new TextBlock { Text = content.Intro, Wrap = true });
        body.AddRange(content.Sections.Select(Section));
        return new AdaptiveCard { Lang = content.Language, FallbackText = content.Title, MsTeams = TeamsCardProperties.FullWidth, Body = body };
    }

    private static Container Section(SummarySection section)
    {
        var items = new List<CardElement>
        {
            new TextBlock { Text = section.Heading, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true },
        };
        if (section.Text is not null) items.Add(new TextBlock { Text = section.Text, Wrap = true });
        if (section.Facts.Count > 0) items.Add(new FactSet { Facts = section.Facts });
        if (section.Image is { } image) items.Add(new Image { Url = image.Url, AltText = image.AltText });
        // A Markdown list: each item its own line, wrapped on narrow screens.
        if (section.Items.Count > 0) items.Add(new TextBlock { Text = string.Join("\n", section.Items.Select(i => "- " + i)), Wrap = true });
        if (section.Note is not null) items.Add(new TextBlock { Text = section.Note, Wrap = true, IsSubtle = true, Size = FontSize.Small });
        if (section.Buttons.Count > 0)
            items.Add(new ActionSet { Actions = [.. section.Buttons.Select(b => new SubmitAction { Title = b.Title, Data = b.Data.DeepClone().AsObject() })] });
        return new Container { Separator = true, Spacing = Spacing.Medium, Items = items };
    }
}
