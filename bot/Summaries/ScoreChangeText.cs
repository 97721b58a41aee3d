using System.Globalization;

namespace CoalitionBot.Summaries;

/// <summary>A change between two rounds' means as a meeting reads it: "+0,4" or "−0,7" (a real minus sign), decimal comma in Dutch.</summary>
public static class ScoreChangeText
{
    private const string Format = "+0.0;\u22120.0;0.0";

    public static string Of(double change) => change.ToString(Format, CultureInfo.CurrentCulture);

    /// <summary>" (+0,8)" to follow the trend's words, or nothing when the shown means are the same or there is no previous round.</summary>
    public static string After(AspectSummary aspect) => aspect.Change is { } change && Math.Abs(change) >= 0.05 ? $" ({Of(change)})" : "";
}
