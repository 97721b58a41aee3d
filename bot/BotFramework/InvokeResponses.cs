using System.Text.Json;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework;

/// <summary>The bodies an <c>adaptiveCard/action</c> invoke can answer with (HTTP status is 200 whenever the bot handled it).</summary>
public static class InvokeResponses
{
    public static InvokeResponse Card(JsonElement card) => Of(new AdaptiveCardInvokeResponse { Value = card });

    public static InvokeResponse Message(string text) => Of(new AdaptiveCardInvokeResponse
    {
        Type = AdaptiveCardInvokeResponse.MessageType,
        Value = JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String),
    });

    public static InvokeResponse Error(int statusCode, string code, string message) => Of(new AdaptiveCardInvokeResponse
    {
        StatusCode = statusCode,
        Type = AdaptiveCardInvokeResponse.ErrorType,
        Value = JsonSerializer.SerializeToElement(new ErrorDetail(code, message), BotJsonContext.Default.ErrorDetail),
    });

    private static InvokeResponse Of(AdaptiveCardInvokeResponse body) =>
        new(200, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.AdaptiveCardInvokeResponse));
}
