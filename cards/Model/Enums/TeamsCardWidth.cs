namespace CoalitionBot.Cards;

/// <summary>Card width in Teams (<c>msteams.width</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TeamsCardWidth>))]
public enum TeamsCardWidth
{
    // Teams documents the capitalised value, unlike the camelCase schema enums.
    [JsonStringEnumMemberName("Full")]
    Full,
}
