namespace CoalitionBot.Bots;

/// <summary>What a user asked for, recognised from the words of either language.</summary>
public enum BotCommandKind
{
    None,
    Help,
    Cancel,
    Demo,
}

/// <summary>A recognised command and the rest of the text after the command word (e.g. "tekst").</summary>
public sealed record BotCommand(BotCommandKind Kind, string Argument)
{
    // Both languages always work: a Dutch member in an English Teams client still types "hulp".
    private static readonly Dictionary<string, BotCommandKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = BotCommandKind.Help, ["hulp"] = BotCommandKind.Help, ["?"] = BotCommandKind.Help,
        ["stop"] = BotCommandKind.Cancel, ["annuleer"] = BotCommandKind.Cancel, ["cancel"] = BotCommandKind.Cancel,
        ["demo"] = BotCommandKind.Demo,
    };

    private static readonly HashSet<string> TextModeWords = new(StringComparer.OrdinalIgnoreCase) { "tekst", "text" };

    public static BotCommand Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var word = space < 0 ? trimmed : trimmed[..space];
        var argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return new BotCommand(Words.GetValueOrDefault(word, BotCommandKind.None), argument);
    }

    /// <summary>"demo tekst" / "demo text": answer one question at a time instead of in a form.</summary>
    public bool WantsTextMode => TextModeWords.Contains(Argument);
}
