using System.Net;
using System.Text.Json;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework.Connector;

/// <summary>
/// The channel refused a connector call (after retries, where retrying made sense).
/// <see cref="StatusCode"/> and <see cref="ErrorCode"/> tell a caller what to do: 403/404 mean the
/// bot can no longer reach that conversation (removed, blocked), 413 that the message is too big.
/// </summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string? errorCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>The connector's error code (e.g. ConversationBlockedByUser, BotNotInConversationRoster), when it sent one.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The call the channel refused; null when the refusal came from outside a connector call.</summary>
    public ConnectorOperation? Operation { get; init; }

    /// <summary>The conversation the refused call was about (none for creating one).</summary>
    public string? ConversationId { get; init; }

    /// <summary>The conversation is gone for the bot: uninstalled, blocked or unknown. Retrying will not help.</summary>
    public bool IsConversationUnreachable => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    private const int MaxMessageChars = 500;

    /// <summary>The <see cref="ErrorCode"/> of a channel that could not be reached or did not answer in time.</summary>
    public const string ChannelUnreachableCode = "ChannelUnreachable";

    /// <summary>No answer from the channel at all, after the retries: it may or may not have received the call.</summary>
    public bool IsNoAnswer => ErrorCode == ChannelUnreachableCode;

    /// <summary>The channel could not be reached or did not answer in time (no status of its own).</summary>
    internal static ConnectorException Unreachable(string reason, Exception inner, ConnectorOperation? operation, string? conversationId) =>
        new(HttpStatusCode.ServiceUnavailable, ChannelUnreachableCode, $"The channel could not be reached for {Describe(operation)}: {reason}.", inner)
        {
            Operation = operation,
            ConversationId = conversationId,
        };

    /// <summary>The refusal as the channel gave it. The message names the operation, not the address: conversation ids stay out of logs.</summary>
    internal static async Task<ConnectorException> FromResponseAsync(ConnectorOperation operation, string? conversationId, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try { body = await response.Content.ReadAsStringAsync(cancellationToken); }
        catch (HttpRequestException) { body = ""; }

        var (code, detail) = ReadError(body);
        var text = $"The channel answered {(int)response.StatusCode} {code ?? response.StatusCode.ToString()} to {Describe(operation)}" + (detail is null ? "." : $": {Truncate(detail)}");
        return new ConnectorException(response.StatusCode, code, text) { Operation = operation, ConversationId = conversationId };
    }

    private static string Describe(ConnectorOperation? operation) => operation switch
    {
        ConnectorOperation.Send => "a message",
        ConnectorOperation.Reply => "a reply",
        ConnectorOperation.Update => "an update of a message",
        ConnectorOperation.CreateConversation => "creating a conversation",
        ConnectorOperation.GetMembers => "reading the members",
        _ => "a call",
    };

    /// <summary>The connector's <c>{"error":{"code","message"}}</c>, or Teams' <c>{"errorCode":209,"message"}</c>.</summary>
    private static (string? Code, string? Message) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, body);
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                return (StringOf(error, "code"), StringOf(error, "message"));
            if (root.TryGetProperty("errorCode", out var errorCode))
                return (errorCode.ToString(), StringOf(root, "message"));
            return (null, body);
        }
        catch (JsonException)
        {
            return (null, body);
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Truncate(string text) => text.Length <= MaxMessageChars ? text : text[..MaxMessageChars] + "…";
}
