namespace CoalitionBot.BotFramework.Connector;

/// <summary>Which Bot Connector call the channel answered (for logs, and for where a turn can still answer after a refusal).</summary>
public enum ConnectorOperation
{
    /// <summary>POST v3/conversations/{id}/activities: a new message in a conversation.</summary>
    Send,

    /// <summary>POST v3/conversations/{id}/activities/{activityId}: a reply to a message.</summary>
    Reply,

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}: an earlier message replaced.</summary>
    Update,

    /// <summary>POST v3/conversations: a 1:1 chat opened or a new thread started in a channel.</summary>
    CreateConversation,

    /// <summary>GET v3/conversations/{id}/pagedmembers: a page of the roster.</summary>
    GetMembers,
}
