using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>Spreads a summary's sections over as few cards as fit under the Teams size limit, in order.</summary>
public static class SummaryCardSplitter
{
    /// <summary>Room left for the title's "(continued, 2 of 3)" and JSON around the sections.</summary>
    private const int MarginBytes = 1024;

    private const int LimitBytes = AdaptiveCardSerializer.TeamsSizeLimitBytes - MarginBytes;

    /// <summary>A section's list items at most this many bytes together; a card holds the section with room to spare.</summary>
    private const int MaxItemBytesPerSection = LimitBytes / 2;

    public static IReadOnlyList<AdaptiveCard> Split(string title, string? intro, IReadOnlyList<SummarySection> sections)
    {
        // A section is one body element: a card's size is the empty card's plus each section's and its comma, exactly.
        var empty = Build(title, intro, []).Size();
        var groups = new List<List<SummarySection>> { new() };
        var size = empty;
        foreach (var section in sections)
        {
            var added = Build(title, intro, [section]).Size() - empty;
            if (groups[^1].Count > 0 && size + added > LimitBytes)
            {
                groups.Add([]);
                size = empty;
            }
            groups[^1].Add(section);
            size += added;
        }
        return [.. groups.Select((group, i) => Build(
            i == 0 ? title : $"{title} {Texts.Format(Strings.SummaryContinued, i + 1, groups.Count)}",
            i == 0 ? intro : null, group))];
    }

    /// <summary>A list under its heading, over as many sections as it takes for each to fit on a card; "nobody named anything" when it is empty.</summary>
    public static IEnumerable<SummarySection> ListSections(string heading, IReadOnlyList<string> items) =>
        items.Count == 0 ? [new SummarySection(heading) { Text = Strings.SummaryListEmpty }] : ChunkItems(items).Select(chunk => new SummarySection(heading) { Items = chunk });

    /// <summary>
    /// Groups list items so no group is larger than half a card. Items are what members wrote, each cut to
    /// <see cref="MemberText.AnswerBytes"/> or a few of those, so any group fits.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> ChunkItems(IReadOnlyList<string> items)
    {
        var chunk = new List<string>();
        var bytes = 0;
        foreach (var item in items)
        {
            var size = AdaptiveCardSerializer.TextSize(item) + 4; // "- " and the line break, escaped
            if (chunk.Count > 0 && bytes + size > MaxItemBytesPerSection)
            {
                yield return chunk;
                (chunk, bytes) = ([], 0);
            }
            chunk.Add(item);
            bytes += size;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private static AdaptiveCard Build(string title, string? intro, IReadOnlyList<SummarySection> sections) =>
        SummaryCard.Build(new SummaryCardContent { Title = title, Intro = intro, Sections = sections, Language = CardLanguage.Current });
}
