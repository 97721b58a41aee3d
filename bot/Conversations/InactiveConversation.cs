namespace CoalitionBot.Conversations;

/// <summary>A 1:1 chat the channel refused or the person removed the app from, when and why (a status and error code, or "uninstalled"; nothing personal).</summary>
public sealed record InactiveConversation(DateTimeOffset MarkedAt, string Reason);
