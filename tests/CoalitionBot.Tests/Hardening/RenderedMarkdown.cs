using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoalitionBot.Tests.Hardening;

/// <summary>
/// What a client that renders Markdown makes of the bot's messages: the texts Teams renders as Markdown (a card's
/// TextBlocks and facts, a message's text; not input values or choice titles), parsed as CommonMark with the
/// extensions Teams' desktop renderer knows (tables, strikethrough, bare links).
/// </summary>
internal static class RenderedMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();

    /// <summary>Every text of a message the bot sent that a client renders as Markdown.</summary>
    public static IEnumerable<string> TextsOf(ConnectorCall call)
    {
        var activity = call.Body?["activity"] ?? call.Body;
        if (activity?["text"] is JsonValue text) yield return text.GetValue<string>();
        foreach (var card in activity?["attachments"]?.AsArray().Select(a => a?["content"]) ?? [])
            foreach (var markdown in TextsOf(card)) yield return markdown;
    }

    public static IEnumerable<string> TextsOf(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var markdown in array.SelectMany(TextsOf)) yield return markdown;
        }
        else if (node is JsonObject element)
        {
            if (element["type"]?.GetValue<string>() == "TextBlock") yield return element["text"]!.GetValue<string>();
            if (element["facts"] is JsonArray facts)
                foreach (var fact in facts) { yield return fact!["title"]!.GetValue<string>(); yield return fact["value"]!.GetValue<string>(); }
            foreach (var markdown in element.Where(p => p.Key != "facts").SelectMany(p => TextsOf(p.Value))) yield return markdown;
        }
    }

    /// <summary>What the reader sees: the text without its formatting.</summary>
    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    /// <summary>Formatting that must never come from what a member typed: links that hide their address, HTML (mentions too), code, headings, quotes and tables.</summary>
    public static IEnumerable<string> HiddenFormatting(string markdown) => Markdown.Parse(markdown, Pipeline).Descendants().Select(node => node switch
    {
        LinkInline { IsAutoLink: false } link => $"a link to {link.Url}",
        HtmlInline html => $"HTML {html.Tag}",
        HtmlBlock => "an HTML block",
        CodeInline or CodeBlock => "code",
        HeadingBlock => "a heading",
        QuoteBlock => "a quote",
        Table => "a table",
        _ => null,
    }).OfType<string>();
}
