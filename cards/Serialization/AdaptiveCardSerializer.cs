using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Cards;

/// <summary>Turns cards into JSON for an attachment, and measures them against Teams' size limit.</summary>
public static class AdaptiveCardSerializer
{
    /// <summary>
    /// 28 KB: the limit Teams gives for webhook and connector messages. Bot messages may be larger,
    /// but staying under it is the conservative choice and leaves room for the rest of the activity.
    /// </summary>
    public const int TeamsSizeLimitBytes = 28 * 1024;

    // Relaxed escaping keeps Dutch letters (ë, é) and Markdown/mention brackets as they are instead of
    // \uXXXX escapes, which would inflate the card; the JSON is never embedded in HTML by us.
    private static readonly JsonTypeInfo<AdaptiveCard> Compact = TypeInfo(indented: false);
    private static readonly JsonTypeInfo<AdaptiveCard> Indented = TypeInfo(indented: true);

    /// <summary>The card as a JSON element, ready for an attachment's <c>content</c>.</summary>
    public static JsonElement ToJsonElement(this AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Compact);

    /// <summary>The card as JSON text; indented is for logs and tests, compact is what is sent.</summary>
    public static string ToJson(this AdaptiveCard card, bool indented = false) =>
        JsonSerializer.Serialize(card, indented ? Indented : Compact);

    /// <summary>Size of the compact JSON in UTF-8 bytes.</summary>
    public static int Size(this AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Compact).Length;

    /// <summary>Whether the card stays within <see cref="TeamsSizeLimitBytes"/>.</summary>
    public static bool FitsTeamsLimit(this AdaptiveCard card) => card.Size() <= TeamsSizeLimitBytes;

    private static JsonTypeInfo<AdaptiveCard> TypeInfo(bool indented)
    {
        var options = new JsonSerializerOptions(AdaptiveCardJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        return (JsonTypeInfo<AdaptiveCard>)options.GetTypeInfo(typeof(AdaptiveCard));
    }
}
