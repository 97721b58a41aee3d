using System.Globalization;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.PersonalData;

/// <summary>
/// The language of a download and of its refusals: the one the link was made in (a claim of the signed link),
/// else the browser's first choice, else Dutch.
/// </summary>
public static class DownloadLanguage
{
    public const string Claim = "lang";

    /// <summary>The turn's language, for the claim of a link made in that turn.</summary>
    public static string OfTurn => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static CultureInfo Of(IReadOnlyDictionary<string, string>? claims, HttpRequest request) =>
        BotCultures.FromLocale(claims?.GetValueOrDefault(Claim)
            ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value);

    /// <summary>403 with the named text in that language.</summary>
    public static IResult Refused(CultureInfo culture, string textName) =>
        Results.Problem(detail: Strings.ResourceManager.GetString(textName, culture), statusCode: StatusCodes.Status403Forbidden);
}
