namespace CoalitionBot.Cards;

/// <summary>
/// The root of an Adaptive Card, sent as an attachment with content type
/// <c>application/vnd.microsoft.card.adaptive</c>. Teams renders schema 1.5 and earlier.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Highest version Teams renders for bot-sent cards.</summary>
    public const string TeamsVersion = "1.5";

    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    /// <summary>Lets editors and validators find the schema; may be null on nested (ShowCard) cards.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = SchemaUrl;

    /// <summary>Required on the root card: clients older than this show <see cref="FallbackText"/>.</summary>
    public string? Version { get; init; } = TeamsVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Action run when the card itself is tapped (not ShowCard).</summary>
    public CardAction? SelectAction { get; init; }

    /// <summary>Shown by clients that cannot render the card, and used in notifications.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Language of the card text as a 2-letter ISO 639-1 code ("nl", "en"): the renderer rejects "nl-NL".</summary>
    public string? Lang { get; init; }

    /// <summary>Teams-only settings; the official schema does not know this property.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
