namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// Every kind of card the bot can send, in both languages. A new card is one more line per language here;
/// the tests then write its sample, validate it against the Adaptive Cards 1.5 schema, check its size,
/// and the browser tests render it with the official renderer.
/// </summary>
public static class CardSampleCatalogue
{
    public static readonly IReadOnlyList<CardSample> All =
    [
        .. BothLanguages("introduction-form", IntroductionCardSamples.FormAsync),
        .. BothLanguages("introduction-form-errors", IntroductionCardSamples.FormWithErrorsAsync),
        .. BothLanguages("introduction-confirmation", IntroductionCardSamples.ConfirmationAsync),
    ];

    public static TheoryData<CardSample> Theory() => new(All);

    private static IEnumerable<CardSample> BothLanguages(string name, Func<Task<CoalitionBot.Cards.AdaptiveCard>> build) =>
        [new(name, "nl", build), new(name, "en", build)];
}
