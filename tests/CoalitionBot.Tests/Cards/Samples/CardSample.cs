using System.Globalization;
using CoalitionBot.Cards;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// One kind of card the bot sends, in one language, built by the bot's real code with realistic data.
/// Written to <c>cards/samples/{Name}.{Locale}.json</c>, where people (and the renderer check) can look at it.
/// </summary>
public sealed record CardSample(string Name, string Locale, Func<Task<AdaptiveCard>> Build)
{
    public string FileName => $"{Name}.{Locale}.json";

    /// <summary>Builds the card with the bot's texts in <see cref="Locale"/>, as a turn in that language would.</summary>
    public async Task<AdaptiveCard> BuildInLocaleAsync()
    {
        var culture = CultureInfo.GetCultureInfo(Locale == "nl" ? "nl-NL" : Locale);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture; // flows into the awaited builder only
        return await Build();
    }

    public override string ToString() => FileName; // the test name in the runner's output
}
