using System.Globalization;

namespace CoalitionBot.Actions;

/// <summary>Due dates are days in Dutch time: read as people type them ("15-12-2026", "2026-12-15") and shown in their language.</summary>
public static class ActionDates
{
    public static readonly TimeZoneInfo DutchTime = CheckIns.CheckInRoundIds.DutchTime;

    private static readonly string[] Formats = ["d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd", "d-M-yy"];

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), DutchTime).DateTime);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>How a form or a text question shows the date to change: as people type it.</summary>
    public static string Input(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    /// <summary>"15 dec 2026" / "15 Dec 2026".</summary>
    public static string Shown(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);
}
