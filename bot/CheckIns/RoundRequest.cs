using System.Globalization;

namespace CoalitionBot.CheckIns;

/// <summary>
/// The words after "ronde": <c>nieuw "overleg 12 november" [tot] [12-11-2026 [17:00]]</c>, <c>sluit</c>,
/// <c>hernoem "naam"</c>, or nothing (show the open round). The name may go without quotes; a date and time at the end
/// are when the round closes (a date alone: at the end of that day).
/// </summary>
public sealed record RoundRequest(RoundAction Action, string Name, DateTime? ClosesLocal)
{
    private static readonly Dictionary<string, RoundAction> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nieuw"] = RoundAction.Open, ["new"] = RoundAction.Open, ["open"] = RoundAction.Open,
        ["sluit"] = RoundAction.Close, ["close"] = RoundAction.Close,
        ["hernoem"] = RoundAction.Rename, ["rename"] = RoundAction.Rename,
    };

    private static readonly string[] DateFormats = ["d-M-yyyy", "d/M/yyyy", "yyyy-MM-dd", "d-M-yy"];
    private static readonly string[] TimeFormats = ["H:mm", "H.mm", "HH:mm"];
    private static readonly HashSet<string> UntilWords = new(StringComparer.OrdinalIgnoreCase) { "tot", "until", "sluit", "closes" };

    public const int MaxNameLength = 100;

    public static RoundRequest Parse(string argument)
    {
        var words = argument.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return new RoundRequest(RoundAction.Show, "", null);
        if (!Words.TryGetValue(words[0], out var action)) return new RoundRequest(RoundAction.Unknown, "", null);
        var (name, closes) = NameAndClosing(words.Length > 1 ? words[1] : "");
        return new RoundRequest(action, name, closes);
    }

    private static (string Name, DateTime? Closes) NameAndClosing(string rest)
    {
        string name, tail;
        var quote = rest.Length > 0 && "\"“'‘".Contains(rest[0]) ? rest.IndexOfAny(['"', '”', '\'', '’'], 1) : -1;
        if (quote > 0) (name, tail) = (rest[1..quote], rest[(quote + 1)..]);
        else (name, tail) = (rest, "");

        // Without quotes the closing moment is read from the end of the words.
        var words = (quote > 0 ? tail : name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        TimeSpan? time = null;
        DateTime? date = null;
        if (words.Count > 0 && DateTime.TryParseExact(words[^1], TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) && words.Count > 1
            && TryDate(words[^2], out var d))
            (time, date, words) = (t.TimeOfDay, d, words[..^2]);
        else if (words.Count > 0 && TryDate(words[^1], out var onlyDate))
            (date, words) = (onlyDate, words[..^1]);
        if (date is not null && words.Count > 0 && UntilWords.Contains(words[^1])) words = words[..^1];
        if (quote <= 0) name = string.Join(' ', words);

        var closes = date is { } day ? day.Date + (time ?? TimeSpan.FromDays(1)) : (DateTime?)null;
        return (name.Trim(), closes);
    }

    private static bool TryDate(string word, out DateTime date) =>
        DateTime.TryParseExact(word, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
