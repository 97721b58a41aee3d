using System.Globalization;
using System.Text;
using CoalitionBot.CheckIns;

namespace CoalitionBot.Exports;

/// <summary>
/// The export as one CSV table, one row per answer (check-in, leadership result, 3 B's description), in UTF-8
/// with a byte order mark so Excel reads Dutch text correctly. Cells that a spreadsheet would run as a formula
/// (starting with = + - @, a tab or a carriage return) get a leading apostrophe: answers are typed by members.
/// In Dutch the separator is a semicolon and numbers have a decimal comma, as Excel with Dutch settings opens
/// them; in English a comma and a decimal point.
/// </summary>
public static class ExportCsv
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CheckInAspect[] Aspects = Enum.GetValues<CheckInAspect>();

    public static readonly IReadOnlyList<string> Columns =
    [
        "method", "round", "partner", "partner_role", "author", "date",
        .. Aspects.Select(a => AspectColumn("score_", a)), .. Aspects.Select(a => AspectColumn("remark_", a)),
        "bottleneck", "next_step", "intention", "interest", "contribution", "influence", "involvement", "attitude",
        "dominant_style", "flexibility", "ability", "commitment", "needed_style",
    ];

    public static byte[] Write(CoalitionExport export, string language)
    {
        var dutch = language == "nl";
        var separator = dutch ? ';' : ',';
        var numbers = dutch ? Dutch : CultureInfo.InvariantCulture;
        string Number(double value) => value.ToString("0.##", numbers);
        void AppendRow(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(separator, cells.Select(c => Cell(c, separator)))).Append("\r\n");

        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var round in export.CheckIns)
            foreach (var answer in round.Answers)
                AppendRow(csv, Row([("method", "checkin"), ("round", round.Round), ("bottleneck", answer.Bottleneck), ("next_step", answer.NextStep),
                    .. Aspects.Select(a => (AspectColumn("score_", a), answer.Scores.TryGetValue(a, out var s) ? Number(s) : "")),
                    .. Aspects.Select(a => (AspectColumn("remark_", a), answer.Remarks.GetValueOrDefault(a) ?? ""))]));
        foreach (var answer in export.Leadership)
            AppendRow(csv, Row([("method", "leadership"), ("dominant_style", answer.DominantStyle.ToString()), ("flexibility", Number(answer.Flexibility)),
                ("ability", Number(answer.Ability)), ("commitment", Number(answer.Commitment)), ("needed_style", answer.NeededStyle.ToString())]));
        foreach (var answer in export.ThreeBs)
            AppendRow(csv, Row([("method", "3b"), ("partner", answer.Partner), ("partner_role", answer.PartnerRole.ToString()), ("author", answer.Author ?? ""),
                ("date", answer.DescribedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("intention", answer.Intention), ("interest", answer.Interest),
                ("contribution", answer.Contribution), ("influence", Number(answer.Influence)), ("involvement", Number(answer.Involvement)), ("attitude", answer.Attitude.ToString())]));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A cell as a spreadsheet should show it: never a formula, quoted when it holds the separator, a quote or a line break.</summary>
    private static string Cell(string value, char separator)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([separator, '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static IEnumerable<string> Row(IEnumerable<(string Column, string Value)> cells)
    {
        var byColumn = cells.ToDictionary(c => c.Column, c => c.Value);
        return Columns.Select(c => byColumn.GetValueOrDefault(c, ""));
    }

    private static string AspectColumn(string prefix, CheckInAspect aspect) => prefix + aspect.ToString().ToLowerInvariant();
}
