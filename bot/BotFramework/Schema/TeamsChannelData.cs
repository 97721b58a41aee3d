namespace CoalitionBot.BotFramework.Schema;

/// <summary>The part of Teams' <c>channelData</c> this bot reads or writes.</summary>
public sealed record TeamsChannelData
{
    public static readonly TeamsChannelData Empty = new();

    /// <summary>On conversationUpdate: teamMemberAdded, channelCreated, teamRenamed, ...</summary>
    public string? EventType { get; init; }
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public TeamsChannelDataSettings? Settings { get; init; }
    /// <summary>Outgoing: <c>{ "alert": true }</c> raises a feed notification.</summary>
    public NotificationInfo? Notification { get; init; }
}

public sealed record TenantInfo
{
    public string? Id { get; init; }
}

public sealed record TeamInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
}

public sealed record ChannelInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; init; }
}

public sealed record NotificationInfo
{
    public bool Alert { get; init; }
}
