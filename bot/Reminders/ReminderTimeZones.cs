using CoalitionBot.Cards;

namespace CoalitionBot.Reminders;

/// <summary>
/// The time zones a reminder is planned in: the Netherlands first, then the Caribbean parts of the Kingdom and the
/// neighbours; a schedule kept in another zone offers that one too. Titles are the IANA names, the same in every language.
/// </summary>
public static class ReminderTimeZones
{
    private static readonly string[] Offered =
    [
        ReminderSchedule.DefaultTimeZone, "America/Kralendijk", "America/Curacao", "America/Aruba", "America/Lower_Princes",
        "Europe/Brussels", "Europe/Berlin", "Europe/London", "UTC",
    ];

    public static IReadOnlyList<Choice> Choices(string? current) =>
        [.. Offered.Concat(current is { Length: > 0 } && !Offered.Contains(current) ? [current] : []).Select(zone => new Choice(zone, zone))];
}
