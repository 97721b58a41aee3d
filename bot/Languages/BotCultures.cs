using System.Globalization;

namespace CoalitionBot.Languages;

/// <summary>The bot speaks Dutch (nl-NL, the default) and English (en).</summary>
public static class BotCultures
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;
}
