namespace CoalitionBot.Cards.Leadership;

/// <summary>
/// Everything the leadership result card shows, already in the member's language (the cards library
/// has no texts of its own). Text supports the Markdown subset of Adaptive Cards.
/// </summary>
public sealed record LeadershipResultCardContent
{
    public required string Title { get; init; }

    /// <summary>The result in one line: the member's own style beside the style the coalition needs.</summary>
    public required string Verdict { get; init; }

    public required string ProfileHeading { get; init; }

    /// <summary>Count per style, and flexibility.</summary>
    public required IReadOnlyList<Fact> ProfileFacts { get; init; }

    /// <summary>Short explanations under the profile, e.g. what flexibility means or how a tie is counted.</summary>
    public IReadOnlyList<string> ProfileNotes { get; init; } = [];

    public required string NeedHeading { get; init; }

    /// <summary>Ability, commitment and the style that fits them.</summary>
    public required IReadOnlyList<Fact> NeedFacts { get; init; }

    public string? NeedNote { get; init; }

    public required string SuggestionsHeading { get; init; }

    /// <summary>One or two concrete suggestions.</summary>
    public required IReadOnlyList<string> Suggestions { get; init; }

    /// <summary>A closing line, e.g. who gets to see the answers.</summary>
    public string? Footer { get; init; }

    public required string Language { get; init; }
}
