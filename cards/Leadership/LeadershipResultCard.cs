namespace CoalitionBot.Cards.Leadership;

/// <summary>
/// A member's leadership result: the verdict first (what most people read on a phone), then the
/// profile and the coalition's need as two short fact lists, then the suggestions. Adaptive Cards 1.5.
/// </summary>
public static class LeadershipResultCard
{
    public static AdaptiveCard Build(LeadershipResultCardContent content)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = content.Title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = content.Verdict, Wrap = true, Size = FontSize.Medium },
            Section(content.ProfileHeading, content.ProfileFacts, content.ProfileNotes),
            Section(content.NeedHeading, content.NeedFacts, content.NeedNote is null ? [] : [content.NeedNote]),
            new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items =
                [
                    Heading(content.SuggestionsHeading),
                    // A Markdown list: each suggestion its own item, wrapped on narrow screens.
                    new TextBlock { Text = string.Join("\n", content.Suggestions.Select(s => "- " + s)), Wrap = true },
                ],
            },
        };
        if (content.Footer is not null) body.Add(new TextBlock { Text = content.Footer, Wrap = true, IsSubtle = true, Size = FontSize.Small, Spacing = Spacing.Medium });

        return new AdaptiveCard
        {
            Lang = content.Language,
            FallbackText = content.Title,
            MsTeams = TeamsCardProperties.FullWidth,
            Body = body,
        };
    }

    private static Container Section(string heading, IReadOnlyList<Fact> facts, IReadOnlyList<string> notes) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            Heading(heading),
            new FactSet { Facts = facts },
            .. notes.Select(note => new TextBlock { Text = note, Wrap = true, IsSubtle = true, Size = FontSize.Small }),
        ],
    };

    private static TextBlock Heading(string text) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true };
}
