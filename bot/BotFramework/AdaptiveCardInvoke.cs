using System.Text.Json;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework;

/// <summary>
/// Action.Execute (Universal Action Model): an invoke named "adaptiveCard/action" whose value holds the action and its
/// data; the bot answers it in the invoke response.
/// </summary>
public static class AdaptiveCardInvoke
{
    public const string Name = "adaptiveCard/action";

    public static bool IsActionInvoke(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && string.Equals(activity.Name, Name, StringComparison.Ordinal);

    /// <summary>The data of the Action.Execute the invoke carries; false when it carries none (or another action).</summary>
    public static bool TryGetExecuteData(JsonElement? value, out JsonElement data)
    {
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } invokeValue
            || !invokeValue.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
            return false;
        if (action.TryGetProperty("data", out data) && data.ValueKind == JsonValueKind.Object) return true;
        data = default;
        return false;
    }
}
