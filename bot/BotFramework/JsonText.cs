using System.Text.Json;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework;

/// <summary>
/// The parts of an activity kept as raw JSON (entities, value, channel data) may hold escapes such as a lone "\ud800"
/// that System.Text.Json accepts but cannot turn into a string later. Checked once on arrival, so reading them (a
/// mention, a form) never fails in the middle of a turn.
/// </summary>
public static class JsonText
{
    public static bool IsReadable(Activity activity) =>
        (activity.Entities ?? []).All(e => e.Properties is null || e.Properties.Values.All(IsReadable))
        && (activity.Value is not { } value || IsReadable(value))
        && (activity.ChannelData is not { } channelData || IsReadable(channelData));

    private static bool IsReadable(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try { element.GetString(); return true; }
                catch (InvalidOperationException) { return false; }
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsReadable(property.Value)) return false;
                    try { _ = property.Name; } catch (InvalidOperationException) { return false; }
                }
                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) if (!IsReadable(item)) return false;
                return true;
            default:
                return true;
        }
    }
}
