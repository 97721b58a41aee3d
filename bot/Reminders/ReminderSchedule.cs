using System.Text.Json.Serialization;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Reminders;

/// <summary>
/// One reminder an admin planned for a coalition: when (a recurrence at a local time in a time zone), what it
/// asks for, where it goes, and whether a follow-up reaches those who did not answer. Numbered per coalition,
/// so admins can name it ("herinnering pauze 2").
/// </summary>
public sealed record ReminderSchedule : IVersionedDocument
{
    public const int CurrentSchemaVersion = 1;
    public const string DefaultTimeZone = "Europe/Amsterdam";

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;
    public required CoalitionId Coalition { get; init; }
    public required int Number { get; init; }
    public required ReminderRecurrence Recurrence { get; init; }
    /// <summary>Local time of day ("09:00"); a cron expression carries its own.</summary>
    public required string Time { get; init; }
    /// <summary>An IANA time zone, e.g. Europe/Amsterdam.</summary>
    public string TimeZone { get; init; } = DefaultTimeZone;
    public required ReminderTopic Topic { get; init; }
    /// <summary>The free message, or an extra line above the button.</summary>
    public string? Message { get; init; }
    /// <summary>The team channel the card is posted in; null for none.</summary>
    public string? TeamChannelId { get; init; }
    /// <summary>Every member of the team gets the card in their 1:1 chat with the bot.</summary>
    public bool ToMembers { get; init; }
    /// <summary>Hours after each occurrence when members who did not answer get it once more; null for none.</summary>
    public int? FollowUpHours { get; init; }
    public bool Paused { get; init; }
    /// <summary>The language of the cards ("nl" or "en"): the admin's when they planned it.</summary>
    public string Language { get; init; } = "nl";

    /// <summary>Where the team's Bot Connector is, and who the bot is there (from the admin's turn).</summary>
    public required string ServiceUrl { get; init; }
    public required string ChannelId { get; init; }
    public required ChannelAccount Bot { get; init; }

    public string? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Occurrences before this moment are not owed (created, resumed or changed then).</summary>
    public DateTimeOffset ActiveSince { get; init; }
    /// <summary>Every occurrence up to here was delivered or skipped; the scheduler goes on from here.</summary>
    public DateTimeOffset? CheckedUntil { get; init; }

    /// <summary>Where the scheduler starts looking for occurrences.</summary>
    public DateTimeOffset CheckedFrom => CheckedUntil is { } checkedUntil && checkedUntil > ActiveSince ? checkedUntil : ActiveSince;
}

/// <summary>What a reminder asks the members to do; the card's button starts that dialog.</summary>
public enum ReminderTopic
{
    CheckIn,
    ThreeBs,
    Leadership,
    Message,
    /// <summary>Each owner of an action past its day gets their late actions in their 1:1 chat; nobody else gets anything.</summary>
    LateActions,
}

public static class ReminderTopicExtensions
{
    /// <summary>The topic asks members for an answer, so a follow-up can go to those who gave none.</summary>
    public static bool AsksAnAnswer(this ReminderTopic topic) => topic is not (ReminderTopic.Message or ReminderTopic.LateActions);
}
