using System.Globalization;

namespace CoalitionBot.Languages;

/// <summary>Fills in a resource text in the turn's language (numbers and dates as that language writes them).</summary>
public static class Texts
{
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
