using System.Globalization;

namespace CoalitionBot.CheckIns;

/// <summary>How a round is named to people: the meeting's name, or the month ("november 2026") of a month's round.</summary>
public static class CheckInRoundNames
{
    public static string Of(CheckInRound round) => Of(round.Name, round.Opened);

    public static string Of(string? name, DateTimeOffset opened) =>
        name is { Length: > 0 } ? name : TimeZoneInfo.ConvertTime(opened, CheckInRoundIds.DutchTime).ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A short label that reads the same in both languages, for a chart's axis: "2026-11-12" (a month's round of before: "2026-11").</summary>
    public static string ChartLabel(CheckInRound round) =>
        round.OpenedAt is null && CheckInRoundIds.IsMonth(round.RoundId) ? round.RoundId
        : TimeZoneInfo.ConvertTime(round.Opened, CheckInRoundIds.DutchTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as people read it in their language: "12 nov 2026 17:00" / "12 Nov 2026 17:00".</summary>
    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, CheckInRoundIds.DutchTime).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
