using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoalitionBot.BotFramework;

namespace CoalitionBot.LocalChannel;

/// <summary>Reading bodies and writing errors the way Direct Line and the Bot Connector do.</summary>
internal static class LocalChannelHttp
{
    /// <summary>Direct Line's limit for one activity; the bot's endpoint refuses more anyway.</summary>
    private const int MaxBodyBytes = CloudAdapter.MaxBodyBytes;

    /// <summary>The JSON body, or null when it is missing, too large or not that shape.</summary>
    public static async Task<T?> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> type) where T : class
    {
        var body = await RequestBody.ReadLimitedAsync(request.Body, request.ContentLength, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null || body.Length == 0) return null;
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><c>{"error":{"code","message"}}</c> with a status, as both APIs answer.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), LocalChannelJsonContext.Default.ErrorResponse, statusCode: status);
}
