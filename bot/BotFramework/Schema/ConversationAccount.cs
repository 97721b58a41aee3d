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
}
