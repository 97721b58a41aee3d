using System.Text.Json;
using CoalitionBot.Cards;

namespace CoalitionBot.Dialogs;

/// <summary>
/// Choices fixed when a dialog starts (partners, members, coalitions), kept in its options: a form offers
/// what was true when it was sent, and a submission is checked against exactly that list.
/// </summary>
public static class ChoiceOptions
{
    public static string Write(IEnumerable<Choice> choices) => JsonSerializer.Serialize(choices.ToList(), DialogJsonContext.Default.ListChoice);

    public static IReadOnlyList<Choice> Read(IReadOnlyDictionary<string, string> options, string key) =>
        JsonSerializer.Deserialize(options[key], DialogJsonContext.Default.ListChoice) ?? [];
}
