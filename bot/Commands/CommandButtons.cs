using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;

namespace CoalitionBot.Commands;

/// <summary>
/// A card button that runs a command for whoever clicks it, e.g. "start the check-in" on a reminder: its data is
/// {"command": "checkin"}, read as if the clicker had typed it, and may name the coalition it was made for.
/// </summary>
public static class CommandButtons
{
    public const string CommandField = "command";

    public static JsonObject Data(string command, CoalitionId? coalition = null)
    {
        var data = new JsonObject { [CommandField] = command };
        return coalition is null ? data : coalition.AddTo(data);
    }

    /// <summary>The command text and the coalition a button's submitted data carries, or null when it is no command button.</summary>
    public static (string Command, CoalitionId? Coalition)? Read(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(CommandField, out var command) && command.ValueKind == JsonValueKind.String
            ? (command.GetString()!, CoalitionId.FromButton(data))
            : null;
}
