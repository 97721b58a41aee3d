namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// The committed samples in cards/samples are what the bot's builders make today: a card change shows up
/// as a sample diff in review, and a stale sample fails here with the command that refreshes it. Charts are compared
/// by their pixels, with a little tolerance (<see cref="CardSampleContent"/>).
/// </summary>
public class CardSampleFileTests
{
    private const string HowToRefresh =
        $"Refresh the samples with `{CardSampleFiles.UpdateVariable}=1 dotnet test tests/CoalitionBot.Tests --filter CardSample`, look at the diff, and commit cards/samples.";

    [Theory]
    [MemberData(nameof(CardSampleCatalogue.Theory), MemberType = typeof(CardSampleCatalogue))]
    public async Task Sample_file_matches_what_the_bot_builds(CardSample sample)
    {
        var built = CardSampleFiles.Render(await sample.BuildInLocaleAsync());
        var committed = CardSampleFiles.ReadCommitted(sample);
        var difference = committed is null ? null : CardSampleContent.Of(committed).DifferenceFrom(CardSampleContent.Of(built));

        if (CardSampleFiles.Updating)
        {
            // A sample that still matches is kept as it is: a refresh on another machine does not rewrite every chart's bytes.
            if (committed is not null && difference is null) return;
            Directory.CreateDirectory(CardSampleFiles.Folder);
            await File.WriteAllTextAsync(CardSampleFiles.PathOf(sample), built);
            return;
        }
        Assert.True(committed is not null, $"cards/samples/{sample.FileName} is missing. {HowToRefresh}");
        Assert.True(difference is null, $"cards/samples/{sample.FileName} is stale: {difference}. {HowToRefresh}");
    }

    [Fact]
    public void Every_sample_file_belongs_to_a_card_in_the_catalogue()
    {
        var known = CardSampleCatalogue.All.Select(s => s.FileName).ToHashSet();
        var orphans = Directory.Exists(CardSampleFiles.Folder)
            ? Directory.GetFiles(CardSampleFiles.Folder, "*.json").Select(Path.GetFileName).Where(name => !known.Contains(name!)).ToList()
            : [];
        Assert.True(orphans.Count == 0, $"Not built by any sample in CardSampleCatalogue (delete them or add the card): {string.Join(", ", orphans)}");
    }

    [Fact]
    public async Task Samples_differ_by_language()
    {
        var dutch = CardSampleFiles.Render(await CardSampleCatalogue.All.First(s => s.Locale == "nl").BuildInLocaleAsync());
        var english = CardSampleFiles.Render(await CardSampleCatalogue.All.First(s => s.Locale == "en").BuildInLocaleAsync());

        Assert.Contains("\"lang\": \"nl\"", dutch);
        Assert.Contains("\"lang\": \"en\"", english);
        Assert.NotEqual(dutch, english);
    }
}
