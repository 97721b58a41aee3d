namespace CoalitionBot.Summaries;

/// <summary>
/// The words after "samenvatting": the topic (the methods' own commands: "checkin", "leiderschap", "3b GGD", "krachten") and,
/// as the last word, where the card goes: "nieuw"/"new" or "kanaal"/"channel" make it a new thread in the
/// team's channel instead of an answer in the conversation asked in; "pdf" makes it a link to a one-page PDF, sent
/// to the asker alone.
/// </summary>
public sealed record SummaryRequest(string TopicText, bool AsNewThread, bool AsPdf = false)
{
    public const string NewThreadWord = "nieuw", ChannelWord = "kanaal", PdfWord = "pdf";

    private static readonly HashSet<string> NewThreadWords = new(StringComparer.OrdinalIgnoreCase) { NewThreadWord, "new", ChannelWord, "channel" };

    public static SummaryRequest Parse(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var last = words.Length > 0 ? words[^1] : "";
        var topic = string.Join(' ', words.SkipLast(1));
        return NewThreadWords.Contains(last) ? new SummaryRequest(topic, AsNewThread: true)
            : last.Equals(PdfWord, StringComparison.OrdinalIgnoreCase) ? new SummaryRequest(topic, AsNewThread: false, AsPdf: true)
            : new SummaryRequest(string.Join(' ', words), AsNewThread: false);
    }

    /// <summary>The command a card button sends to ask for this topic again, e.g. "samenvatting checkin nieuw".</summary>
    public static string Command(string topicText, string? whereWord = null) =>
        string.Join(' ', new[] { "samenvatting", topicText, whereWord ?? "" }.Where(w => w.Length > 0));
}
