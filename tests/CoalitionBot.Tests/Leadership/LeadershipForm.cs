using System.Text.Json.Nodes;
using CoalitionBot.Leadership;

namespace CoalitionBot.Tests.Leadership;

/// <summary>Reads the leadership form card as Teams shows it, and fills it in as Teams would submit it.</summary>
internal static class LeadershipForm
{
    public static IReadOnlyList<JsonNode> Inputs(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)).Select(e => e!)];

    public static JsonNode Input(JsonNode card, string id) => Inputs(card).Single(i => i["id"]!.GetValue<string>() == id);

    /// <summary>The option values of a situation, in the order shown.</summary>
    public static IReadOnlyList<string> ChoiceValues(JsonNode card, string situationId) =>
        [.. Input(card, situationId)["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];

    public static IReadOnlyList<string> ChoiceTitles(JsonNode card, string situationId) =>
        [.. Input(card, situationId)["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())];

    /// <summary>Action.Submit's data with the input values added, as the message's <c>value</c>.</summary>
    public static JsonObject Answers(JsonNode card, AnswerPlan plan)
    {
        var value = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (id, style) in plan.Choices) value[id] = style.ToString();
        foreach (var (id, rating) in plan.RatingsById) value[id] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return value;
    }

    /// <summary>The data of the "one question at a time" button.</summary>
    public static JsonObject SwitchToText(JsonNode card) => card["actions"]![1]!["data"]!.DeepClone().AsObject();

    public static IReadOnlyList<string> ExpectedIds =>
        [.. LeadershipSituations.All.Select(s => s.Id), .. DevelopmentQuestions.All.Select(q => q.Id)];
}
