namespace CoalitionBot.Summaries;

/// <summary>
/// The words after "samenvatting": the topic (the methods' own commands: "checkin", "leiderschap", "3b GGD") and,
/// as the last word, where the card goes: "nieuw"/"new" or "kanaal"/"channel" make it a new thread in the
/// team's channel instead of an answer in the conversation asked in.
/// </summary>
public sealed record SummaryRequest(string TopicText, bool AsNewThread)
{
    public const string NewThreadWord = "nieuw", ChannelWord = "kanaal";

    private static readonly HashSet<string> NewThreadWords = new(StringComparer.OrdinalIgnoreCase) { NewThreadWord, "new", ChannelWord, "channel" };

    public static SummaryRequest Parse(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length > 0 && NewThreadWords.Contains(words[^1])
            ? new SummaryRequest(string.Join(' ', words[..^1]), AsNewThread: true)
            : new SummaryRequest(string.Join(' ', words), AsNewThread: false);
    }

    /// <summary>The command a card button sends to ask for this topic again, e.g. "samenvatting checkin nieuw".</summary>
    public static string Command(string topicText, string? whereWord = null) =>
        string.Join(' ', new[] { "samenvatting", topicText, whereWord ?? "" }.Where(w => w.Length > 0));
}
