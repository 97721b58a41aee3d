using System.Text.RegularExpressions;

namespace CoalitionBot.BotFramework;

/// <summary>
/// What of a caller's own values may enter a log line: a short identifier of plain characters. Anything else (a forged
/// token's key id with a newline, a channel id of 10 KB) is left out, so nobody can write their own lines into the log.
/// </summary>
public static partial class LogSafe
{
    public const string NotShown = "(not shown)";

    public static string Identifier(string? value) => value is { Length: > 0 and <= 100 } && PlainIdentifier().IsMatch(value) ? value : NotShown;

    [GeneratedRegex(@"^[A-Za-z0-9_\-.:=+/]+$")]
    private static partial Regex PlainIdentifier();
}
