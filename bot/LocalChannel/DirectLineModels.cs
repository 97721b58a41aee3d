using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// Body of <c>POST /v3/directline/tokens/generate</c>: Direct Line's <c>user</c>, plus what the chat page
/// chose: which conversation (<c>personal</c> or <c>channel</c>) and the language of the welcome.
/// </summary>
internal sealed record TokenRequest
{
    public ChannelAccount? User { get; init; }
    public string? ConversationType { get; init; }
    public string? Locale { get; init; }
}

/// <summary>Direct Line's Conversation object: the answer to token and conversation calls.</summary>
internal sealed record DirectLineConversation
{
    public required string ConversationId { get; init; }
    public required string Token { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; } = LocalChannelTokens.LifetimeSeconds;
    /// <summary>Always null: no WebSocket stream; clients poll (Web Chat with <c>webSocket: false</c>).</summary>
    public string? StreamUrl { get; init; }
}

/// <summary>Direct Line's ActivitySet: activities after the client's watermark, and the new watermark.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>The error body of Direct Line and the Bot Connector: <c>{"error":{"code","message"}}</c>.</summary>
internal sealed record ErrorResponse(ErrorDetail Error)
{
    public static ErrorResponse Of(string code, string message) => new(new ErrorDetail(code, message));
}
