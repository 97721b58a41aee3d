using System.Globalization;

namespace CoalitionBot.Languages;

/// <summary>Fills in a resource text in the turn's language (numbers and dates as that language writes them).</summary>
public static class Texts
{
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    /// <summary>
    /// A text about a number of things: the singular resource (<c>…One</c>) for 1, else the plural, filled in with the count
    /// as {0} and <paramref name="args"/> after it. Dutch and English both use the singular for 1 only.
    /// </summary>
    public static string Plural(int count, string one, string other, params object?[] args) =>
        Format(count == 1 ? one : other, [count, .. args]);
}
