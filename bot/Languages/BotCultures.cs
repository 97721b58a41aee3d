using System.Globalization;

namespace CoalitionBot.Languages;

/// <summary>The bot speaks Dutch (nl-NL, the default) and English (en).</summary>
public static class BotCultures
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;

    /// <summary>
    /// <paramref name="build"/> with texts, numbers and dates in <paramref name="language"/>, for what is made outside a turn
    /// (a reminder, a download). Synchronous, so the culture set here never leaks into anything else.
    /// </summary>
    public static T Within<T>(string? language, Func<T> build)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = FromLocale(language);
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}
