using System.Text;
using System.Text.Json;
using CoalitionBot.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace CoalitionBot.BrowserTests.Cards;

/// <summary>
/// Every card sample in cards/samples (written from the bot's real builders by the unit tests) parses,
/// validates and renders with the official Adaptive Cards renderer at schema 1.5 with Teams' host config,
/// without a single reported problem. Screenshots go to TestResults/screenshots/cards/.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class CardSampleRenderingTests(Chromium chromium, SharedRenderer shared, ITestOutputHelper output) : IClassFixture<SharedRenderer>
{
    private AdaptiveCardsRenderer Renderer => shared.For(chromium.Browser);

    private const int TeamsSizeLimitBytes = 28 * 1024;

    public static TheoryData<string> SampleFiles() =>
        new(Directory.GetFiles(RepositoryPaths.CardSamples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Sample_renders_without_any_problem(string fileName)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.CardSamples, fileName));

        var result = await Renderer.RenderAsync(json, "cards/" + Path.GetFileNameWithoutExtension(fileName));

        Assert.True(result.Problems.Count == 0, $"{fileName}:\n  {string.Join("\n  ", result.Problems)}");
        Assert.True(result.Rendered, $"{fileName} rendered nothing.");
        var size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement));
        output.WriteLine($"{fileName}: {size:N0} bytes compact (limit {TeamsSizeLimitBytes:N0})");
        Assert.InRange(size, 1, TeamsSizeLimitBytes);
    }

    [Fact]
    public void There_are_samples_to_check()
    {
        Assert.NotEmpty(SampleFiles());
    }

    /// <summary>The check can fail: a card with the usual mistakes is reported, mistake by mistake.</summary>
    [Fact]
    public async Task A_broken_card_is_reported()
    {
        const string broken = """
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlok","text":"typo in the type"},
              {"type":"TextBlock","text":"too big","size":"huge"},
              {"type":"Input.Text","label":"no id"}],
             "actions":[{"type":"Action.Bogus","title":"unknown"},{"type":"Action.OpenUrl","title":"no url"}]}
            """;

        var result = await Renderer.RenderAsync(broken);

        output.WriteLine(string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p.Contains("UnknownElementType", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("InvalidPropertyValue", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("UnknownActionType", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("PropertyCantBeNull", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_card_for_a_newer_schema_than_Teams_renders_is_reported()
    {
        const string tooNew = """{"type":"AdaptiveCard","version":"1.6","body":[{"type":"Carousel","pages":[]}]}""";

        var result = await Renderer.RenderAsync(tooNew);

        Assert.NotEmpty(result.Problems);
    }
}

/// <summary>One renderer for the tests of a class, which run one after another; its page closes after the last.</summary>
public sealed class SharedRenderer : IAsyncLifetime
{
    private AdaptiveCardsRenderer? renderer;

    public AdaptiveCardsRenderer For(IBrowser browser) => renderer ??= new AdaptiveCardsRenderer(browser);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (renderer is not null) await renderer.DisposeAsync();
    }
}
