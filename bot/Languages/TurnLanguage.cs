using System.Globalization;
using CoalitionBot.BotFramework;

namespace CoalitionBot.Languages;

/// <summary>
/// The language a turn answers in. It is set once, where a turn's work starts (after the user's own choice is read),
/// and flows from there into everything the turn awaits: resource lookups and number formats read it. A culture set
/// inside an awaited method does not flow back out of it, which is why nothing else sets it.
/// </summary>
public static class TurnLanguage
{
    /// <summary>The user's chosen language ("nl"/"en") wins over their client's locale.</summary>
    public static CultureInfo Of(TurnContext turn, string? chosenLanguage) => BotCultures.FromLocale(chosenLanguage ?? turn.Activity.Locale);

    public static void Apply(TurnContext turn, CultureInfo culture)
    {
        turn.Culture = culture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
    }
}
