using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Cards;

/// <summary>Turns cards into JSON for an attachment, and measures them against Teams' size limit.</summary>
public static class AdaptiveCardSerializer
{
    /// <summary>
    /// 28 KB of the card's compact JSON in UTF-8, escapes included (<see cref="Size"/>): exactly the bytes the bot sends, as the
    /// connector writes activities with the same escaping. Teams counts another way (the whole message as UTF-16, base64 images
    /// left out) and refuses above 100 KB (40 KB earlier); 28 KB of UTF-8 is at most 56 KB of UTF-16. 28 KB is also what Teams
    /// gives webhook and connector messages, so staying under it is the conservative choice and leaves room for the activity.
    /// </summary>
    public const int TeamsSizeLimitBytes = 28 * 1024;

    // Relaxed escaping keeps Dutch letters (ë, é) and Markdown/mention brackets as they are instead of
    // \uXXXX escapes, which would inflate the card; the JSON is never embedded in HTML by us. Emoji and
    // control characters are still written as \uXXXX (6 bytes per UTF-16 code unit), the most any text costs.
    private static readonly JsonSerializerOptions CompactOptions = Options(indented: false);
    private static readonly JsonTypeInfo<AdaptiveCard> Compact = (JsonTypeInfo<AdaptiveCard>)CompactOptions.GetTypeInfo(typeof(AdaptiveCard));
    private static readonly JsonTypeInfo<AdaptiveCard> Indented = (JsonTypeInfo<AdaptiveCard>)Options(indented: true).GetTypeInfo(typeof(AdaptiveCard));
    private static readonly JsonTypeInfo<string> CompactText = (JsonTypeInfo<string>)CompactOptions.GetTypeInfo(typeof(string));

    /// <summary>The card as a JSON element, ready for an attachment's <c>content</c>.</summary>
    public static JsonElement ToJsonElement(this AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Compact);

    /// <summary>The card as JSON text; indented is for logs and tests, compact is what is sent.</summary>
    public static string ToJson(this AdaptiveCard card, bool indented = false) =>
        JsonSerializer.Serialize(card, indented ? Indented : Compact);

    /// <summary>Size of the compact JSON in UTF-8 bytes.</summary>
    public static int Size(this AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Compact).Length;

    /// <summary>Whether the card stays within <see cref="TeamsSizeLimitBytes"/>.</summary>
    public static bool FitsTeamsLimit(this AdaptiveCard card) => card.Size() <= TeamsSizeLimitBytes;

    /// <summary>The bytes a text takes as a string in a card's compact JSON, escapes included and quotes not.</summary>
    public static int TextSize(string text) => JsonSerializer.SerializeToUtf8Bytes(text, CompactText).Length - 2;

    private static JsonSerializerOptions Options(bool indented) => new(AdaptiveCardJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
