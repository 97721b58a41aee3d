using System.Text.RegularExpressions;
using CoalitionBot.Exports;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Hosting;

/// <summary>
/// A download link's path is its secret (a signed token, valid 15 minutes): whatever follows /api/export/ or
/// /api/my-data/ becomes "[redacted]" before a log line or a log scope leaves the bot.
/// </summary>
public static partial class DownloadLinkRedaction
{
    public const string Redacted = "[redacted]";

    // Routes match regardless of case, so "/API/Export/..." reaches a download too.
    [GeneratedRegex("(" + ExportDownload.PathPrefix + "|" + MyDataDownload.PathPrefix + @")[^\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPath();

    public static bool IsNeeded(string? text) => text is not null && SecretPath().IsMatch(text);

    public static string Redact(string text) => SecretPath().Replace(text, "$1" + Redacted);
}
