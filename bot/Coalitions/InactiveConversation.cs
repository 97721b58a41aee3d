namespace CoalitionBot.Coalitions;

/// <summary>A 1:1 chat the channel refused, when and why (a status and error code, nothing personal).</summary>
public sealed record InactiveConversation(DateTimeOffset MarkedAt, string Reason);
