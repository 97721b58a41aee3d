using System.Text.Json;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// Which message carried the card a member just submitted. Teams puts that message's id in the submit's
/// <c>replyToId</c> (the bot uses it to replace the form); Web Chat sends no such id, so the local channel
/// looks for the newest card with an Action.Submit whose <c>data</c> is contained in the submitted value.
/// </summary>
internal static class SubmittedCardLookup
{
    public static string? FindCardMessageId(LocalConversation conversation, JsonElement submitted)
    {
        if (submitted.ValueKind != JsonValueKind.Object) return null;
        return conversation.FindNewest(activity => activity.From?.Role == "bot" && CardsOf(activity).Any(card => HasSubmitMatching(card, submitted)))?.Id;
    }

    private static IEnumerable<JsonElement> CardsOf(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => a.ContentType == Attachment.AdaptiveCardContentType && a.Content is { ValueKind: JsonValueKind.Object })
            .Select(a => a.Content!.Value);

    /// <summary>Looks through the whole card (actions, action sets, show-cards) for a matching submit.</summary>
    private static bool HasSubmitMatching(JsonElement element, JsonElement submitted)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Submit"
                    && element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && IsContainedIn(data, submitted))
                    return true;
                return element.EnumerateObject().Any(p => HasSubmitMatching(p.Value, submitted));
            case JsonValueKind.Array:
                return element.EnumerateArray().Any(item => HasSubmitMatching(item, submitted));
            default:
                return false;
        }
    }

    private static bool IsContainedIn(JsonElement data, JsonElement submitted) =>
        data.EnumerateObject().Any() && data.EnumerateObject().All(p =>
            submitted.TryGetProperty(p.Name, out var value) && JsonElement.DeepEquals(p.Value, value));
}
