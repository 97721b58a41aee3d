using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>Fills in any of the bot's form cards as a person would: every text with a marker, numbers, first choices.</summary>
public static class FormAnswers
{
    /// <param name="wrong">Numbers one above their maximum, so the form comes back with errors and the answers filled in.</param>
    public static JsonObject Fill(JsonNode card, string marker, bool wrong)
    {
        var value = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            var id = input["id"]!.GetValue<string>();
            value[id] = input["type"]!.GetValue<string>() switch
            {
                "Input.Text" => $"{marker} {id}",
                "Input.Number" when wrong => (input["max"]!.GetValue<double>() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Input.Number" => input["min"]!.GetValue<double>().ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Input.ChoiceSet" => input["choices"]![0]!["value"]!.GetValue<string>(),
                "Input.Toggle" => input["valueOn"]?.GetValue<string>() ?? "true",
                _ => null,
            };
        }
        return value;
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) && o["id"] is not null => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
