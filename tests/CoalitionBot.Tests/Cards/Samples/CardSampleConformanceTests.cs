using CoalitionBot.Cards;
using Xunit.Abstractions;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// Every card the bot sends is valid Adaptive Card 1.5 (what Teams renders; Teams' <c>msteams</c> allowed)
/// and stays under the 28 KB limit. The browser tests also render each sample with the official renderer.
/// </summary>
public class CardSampleConformanceTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(CardSampleCatalogue.Theory), MemberType = typeof(CardSampleCatalogue))]
    public async Task Card_is_valid_against_the_Adaptive_Cards_1_5_schema(CardSample sample)
    {
        var card = await sample.BuildInLocaleAsync();

        Assert.Equal(AdaptiveCard.TeamsVersion, card.Version);
        await AdaptiveCardSchema.AssertValidAsync(card.ToJson());
    }

    [Theory]
    [MemberData(nameof(CardSampleCatalogue.Theory), MemberType = typeof(CardSampleCatalogue))]
    public async Task Card_stays_under_the_Teams_size_limit(CardSample sample)
    {
        var size = (await sample.BuildInLocaleAsync()).Size();

        output.WriteLine($"{sample.FileName}: {size:N0} bytes of {AdaptiveCardSerializer.TeamsSizeLimitBytes:N0}");
        Assert.InRange(size, 1, AdaptiveCardSerializer.TeamsSizeLimitBytes);
    }
}
