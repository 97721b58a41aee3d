using System.Text.RegularExpressions;
using CoalitionBot.Exports;
using CoalitionBot.PersonalData;
using CoalitionBot.Summaries.Pdf;

namespace CoalitionBot.Hosting;

/// <summary>
/// A download link's path is its secret (a signed token, valid 15 minutes): whatever follows /api/export/,
/// /api/my-data/ or /api/summary-pdf/ becomes "[redacted]" before a log line or a log scope leaves the bot.
/// </summary>
public static partial class DownloadLinkRedaction
{
    public const string Redacted = "[redacted]";

    // Routes match regardless of case, so "/API/Export/..." reaches a download too.
    [GeneratedRegex("(" + ExportDownload.PathPrefix + "|" + MyDataDownload.PathPrefix + "|" + SummaryPdfDownload.PathPrefix + @")[^\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretPath();

    public static bool IsNeeded(string? text) => text is not null && SecretPath().IsMatch(text);

    public static string Redact(string text) => SecretPath().Replace(text, "$1" + Redacted);
}
