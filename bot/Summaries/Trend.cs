namespace CoalitionBot.Summaries;

/// <summary>How a mean moved since the previous round.</summary>
public enum Trend
{
    /// <summary>No comparable earlier round (none, or too few answers in it).</summary>
    Unknown,
    Up,
    Down,
    Same,
}

public static class TrendOf
{
    /// <summary>Means are shown with one decimal; a change that does not show there counts as the same.</summary>
    public const double Tolerance = 0.05;

    public static Trend Between(double? previous, double current) => previous switch
    {
        null => Trend.Unknown,
        _ when current - previous > Tolerance => Trend.Up,
        _ when previous - current > Tolerance => Trend.Down,
        _ => Trend.Same,
    };
}
