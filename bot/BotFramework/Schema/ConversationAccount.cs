using System.Text.Json.Serialization;

namespace CoalitionBot.BotFramework.Schema;

/// <summary>
/// A conversation. Teams <c>conversationType</c>: <c>personal</c>, <c>groupChat</c> or <c>channel</c>;
/// a channel thread's id carries <c>;messageid=...</c>.
/// </summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    /// <summary>A 1:1 chat of one person with the bot.</summary>
    [JsonIgnore]
    public bool IsPersonal => string.Equals(ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A conversation others can read: a channel, a group chat, or any conversation the channel calls a group.
    /// Anything without a type (an emulator) counts as shared unless it is marked as no group.
    /// </summary>
    [JsonIgnore]
    public bool IsShared => !IsPersonal && (IsGroup != false || ConversationType is not null);

    /// <summary>A team's channel (or a thread in it).</summary>
    [JsonIgnore]
    public bool IsChannel => string.Equals(ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
}
