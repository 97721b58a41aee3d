namespace CoalitionBot.BotFramework;

/// <summary>How a turn ended, for its one log line.</summary>
public enum TurnOutcome
{
    /// <summary>The bot did what it was asked, whatever it answered.</summary>
    Completed,

    /// <summary>The channel refused one of the turn's calls (logged with its code and the operation).</summary>
    ChannelRefused,

    /// <summary>The bot failed (storage, a bug); the person was told where possible.</summary>
    Failed,
}
