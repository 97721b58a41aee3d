using System.Globalization;

namespace CoalitionBot.Languages;

/// <summary>The card's <c>lang</c>: the turn's language as a two-letter code ("nl"), which is what the schema and renderers accept.</summary>
public static class CardLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
