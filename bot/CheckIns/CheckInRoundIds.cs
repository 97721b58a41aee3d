using System.Globalization;

namespace CoalitionBot.CheckIns;

/// <summary>
/// Round ids sort in the order the rounds opened: "2026-11-12T143000", the opening moment in Dutch time. The rounds stored
/// before rounds followed meetings are calendar months ("2026-11"): they count as opened on the 1st and closed at the end
/// of their month, and sort among the others by that.
/// </summary>
public static class CheckInRoundIds
{
    private const string OpeningFormat = "yyyy-MM-dd'T'HHmmss", MonthFormat = "yyyy-MM";

    public static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string OpenedAt(DateTimeOffset moment) => Dutch(moment).ToString(OpeningFormat, CultureInfo.InvariantCulture);

    /// <summary>A monthly round of before rounds followed meetings ("2026-11").</summary>
    public static bool IsMonth(string roundId) => DateTime.TryParseExact(roundId, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>When a round opened, read from its id.</summary>
    public static DateTimeOffset OpeningOf(string roundId) =>
        DateTime.TryParseExact(roundId, OpeningFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? FromDutch(local)
        : DateTime.TryParseExact(roundId, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? FromDutch(month)
        : DateTimeOffset.MinValue;

    /// <summary>The first moment of the next calendar month in Dutch time: when a month's round closes.</summary>
    public static DateTimeOffset EndOfMonth(DateTimeOffset moment)
    {
        var local = Dutch(moment);
        return FromDutch(new DateTime(local.Year, local.Month, 1).AddMonths(1));
    }

    private static DateTime Dutch(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, DutchTime).DateTime;

    private static DateTimeOffset FromDutch(DateTime local) => new(local, DutchTime.GetUtcOffset(local));
}
