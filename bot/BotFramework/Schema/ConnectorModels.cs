using System.Text.Json;

namespace CoalitionBot.BotFramework.Schema;

/// <summary>Returned by the connector when an activity is sent.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}

/// <summary>Body of <c>POST v3/conversations</c>.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public Activity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public string? TenantId { get; init; }
}

/// <summary>Answer to <c>POST v3/conversations</c>: the new conversation, and for a channel thread its first message.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}

/// <summary>A member as Teams' roster API returns it.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? ObjectId { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }
}

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>.</summary>
public sealed record PagedMembersResult
{
    public string? ContinuationToken { get; init; }
    public IReadOnlyList<TeamsChannelAccount> Members { get; init; } = [];
}

/// <summary>The error value of an invoke response: <c>{"code","message"}</c>.</summary>
public sealed record ErrorDetail(string Code, string Message);

/// <summary>The HTTP answer to an invoke activity.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);

/// <summary>Body of an <c>adaptiveCard/action</c> invoke response (Universal Action Model).</summary>
public sealed record AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; init; } = 200;
    public string Type { get; init; } = CardType;
    public JsonElement? Value { get; init; }
}
