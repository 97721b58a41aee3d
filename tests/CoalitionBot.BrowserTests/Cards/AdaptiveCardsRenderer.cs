using System.Text.Json;
using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.Cards;

/// <summary>What the official renderer made of a card: every problem it reported, and whether it drew anything.</summary>
public sealed record RenderResult(IReadOnlyList<string> Problems, bool Rendered);

/// <summary>
/// Microsoft's <c>adaptivecards</c> JavaScript renderer (npm, the library Teams' web client and Web Chat build on)
/// in Chromium with Teams' light host config, targeting schema 1.5 as Teams does. Parse events
/// (SerializationContext) and validation events (validateProperties) are the problems it reports.
/// One page renders card after card (one at a time): a new page per card made rendering the samples take minutes. The
/// library is loaded afresh for each card, as a client does, since it keeps state between cards (its "lang" check fails
/// every other card when reused).
/// </summary>
public sealed class AdaptiveCardsRenderer(IBrowser browser) : IAsyncDisposable
{
    private static readonly string Library = Path.Combine(RepositoryPaths.TestProject("CoalitionBot.BrowserTests"), "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
    private static readonly string HostConfig = Path.Combine(RepositoryPaths.Shared, "schemas", "teams-hostconfig-light.json");

    private const string RenderScript = """
        ([cardJson, hostConfigJson]) => {
          const AC = window.AdaptiveCards;
          const problems = [];
          const context = new AC.SerializationContext(AC.Versions.v1_5);
          const card = new AC.AdaptiveCard();
          card.hostConfig = new AC.HostConfig(JSON.parse(hostConfigJson));
          try {
            card.parse(JSON.parse(cardJson), context);
          } catch (error) {
            problems.push(`[parse] ${error.message}`);
          }
          for (let i = 0; i < context.eventCount; i++) {
            const event = context.getEventAt(i);
            problems.push(`[parse] ${AC.ValidationEvent[event.event]}: ${event.message}`);
          }
          for (const event of card.validateProperties().validationEvents) {
            problems.push(`[validate] ${AC.ValidationEvent[event.event]}: ${event.message}`);
          }
          const element = card.render();
          if (element) document.getElementById('host').replaceChildren(element);
          return { problems, rendered: !!element && element.childElementCount > 0 };
        }
        """;

    private IPage? page;
    private string? hostConfig;

    /// <summary>Parses, validates and renders the card; saves a screenshot of it when a name is given.</summary>
    public async Task<RenderResult> RenderAsync(string cardJson, string? screenshotName = null)
    {
        var ready = await FreshPageAsync();
        var result = await ready.EvaluateAsync<JsonElement>(RenderScript, new[] { cardJson, hostConfig! });
        if (screenshotName is not null) await Screenshots.SaveAsync(ready.Locator("#host"), screenshotName);
        return new RenderResult(
            [.. result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)],
            result.GetProperty("rendered").GetBoolean());
    }

    private async Task<IPage> FreshPageAsync()
    {
        if (!File.Exists(Library))
            throw new InvalidOperationException($"{Library} is missing: run `npm ci` in tests/CoalitionBot.BrowserTests (./test.sh does).");
        hostConfig ??= await File.ReadAllTextAsync(HostConfig);
        page ??= await browser.NewPageAsync(new() { ViewportSize = new() { Width = 560, Height = 800 } });
        // About the width of a card in a Teams chat.
        await page.SetContentAsync("""<html><body style="margin:0;background:#f5f5f5"><div id="host" style="width:540px;background:#fff"></div></body></html>""");
        await page.AddScriptTagAsync(new() { Path = Library });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (page is not null) await page.CloseAsync();
    }
}
