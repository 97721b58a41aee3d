using System.Text.Json;
using System.Text.RegularExpressions;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework;

/// <summary>Removes the bot's own @mention from a message, using the mention entities as Teams asks (not by parsing names).</summary>
public static class MentionText
{
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Entities is null) return text.Trim();

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
            if (entity.Properties is null || !entity.Properties.TryGetValue("mentioned", out var mentioned)) continue;
            if (mentioned.ValueKind != JsonValueKind.Object) continue;
            if (!mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() != botId) continue;

            var mentionText = entity.GetString("text");
            if (string.IsNullOrEmpty(mentionText) && mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                mentionText = $"<at>{name.GetString()}</at>";
            if (!string.IsNullOrEmpty(mentionText))
                text = Regex.Replace(text, Regex.Escape(mentionText), string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
        }
        return text.Trim();
    }
}
