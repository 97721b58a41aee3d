using System.ComponentModel.DataAnnotations;

namespace CoalitionBot.Reminders;

/// <summary>The "Reminders" configuration section: how often the scheduler looks, how far back it catches up, and its leader lease.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>How often the leader looks for due reminders (and how late one can be).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Missed occurrences (an outage, a restart) younger than this are still sent; older ones are skipped and recorded.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long the leader's blob lease lasts unrenewed (15 to 60 s); renewed every third of it. Another instance takes over when it lapses.</summary>
    [Range(typeof(TimeSpan), "00:00:15", "00:01:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
