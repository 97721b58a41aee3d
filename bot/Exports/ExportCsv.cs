using System.Globalization;
using System.Text;
using CoalitionBot.Actions;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Exports;

/// <summary>
/// The export as one CSV table, one row per figure or text: per check-in round a row per aspect (answers, mean, lowest,
/// highest) and a row per quoted text; the leadership members per style and the coalition's need; a row per 3 B's
/// description; a row per force. In UTF-8 with a byte order mark so Excel reads Dutch text correctly. Cells that a spreadsheet would run
/// as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe: texts are typed by members.
/// In Dutch the separator is a semicolon and numbers have a decimal comma, as Excel with Dutch settings opens them; in
/// English a comma and a decimal point. Column names and the named values (kinds of row, aspects, roles, attitudes,
/// styles, phases) are in the export's language.
/// </summary>
public static class ExportCsv
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The columns by their English identifiers, which the rows below use; the header row is in the export's language.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "method", "round", "partner", "partner_role", "author", "date", "aspect", "answers", "mean", "lowest", "highest", "text",
        "intention", "interest", "contribution", "influence", "involvement", "attitude", "style", "members", "ability", "commitment", "needed_style", "phase",
        "expectations", "own_organisation", "attitude_reason", "owner", "status", "done_on", "partner_level",
    ];

    /// <summary>The texts below are read in the current culture: the export's language, for as long as it is written.</summary>
    public static byte[] Write(CoalitionExport export, string language) =>
        BotCultures.Within(language, () => WriteInCurrentLanguage(export, language == "nl"));

    private static byte[] WriteInCurrentLanguage(CoalitionExport export, bool dutch)
    {
        var separator = dutch ? ';' : ',';
        var numbers = dutch ? Dutch : CultureInfo.InvariantCulture;
        string Number(double? value) => value?.ToString("0.##", numbers) ?? "";
        void AppendRow(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(separator, cells.Select(c => Cell(c, separator)))).Append("\r\n");

        var csv = new StringBuilder();
        AppendRow(csv, Strings.ExportCsvColumns.Split(','));
        foreach (var round in export.CheckIns)
        {
            foreach (var aspect in round.Aspects)
                AppendRow(csv, Row([("method", Strings.ExportCsvMethodCheckIn), ("round", round.Round), ("aspect", Name(aspect.Aspect)), ("answers", Number(aspect.Answers)),
                    ("mean", Number(aspect.Mean)), ("lowest", Number(aspect.Lowest)), ("highest", Number(aspect.Highest))]));
            foreach (var text in round.Bottlenecks) AppendRow(csv, Row([("method", Strings.ExportCsvMethodBottleneck), ("round", round.Round), ("text", text)]));
            foreach (var text in round.NextSteps) AppendRow(csv, Row([("method", Strings.ExportCsvMethodNextStep), ("round", round.Round), ("text", text)]));
            foreach (var remark in round.Remarks)
                AppendRow(csv, Row([("method", Strings.ExportCsvMethodRemark), ("round", round.Round), ("aspect", Name(remark.Aspect)), ("text", remark.Text)]));
        }
        if (export.Leadership is { } leadership)
        {
            foreach (var (style, members) in leadership.Members)
                AppendRow(csv, Row([("method", Strings.ExportCsvMethodLeadershipStyle), ("style", LeadershipResultView.NameOf(style)), ("members", Number(members))]));
            foreach (var (style, members) in leadership.NeedMembers)
                AppendRow(csv, Row([("method", Strings.ExportCsvMethodLeadershipNeedStyle), ("style", LeadershipResultView.NameOf(style)), ("members", Number(members))]));
            // A split names the styles of its largest groups, separated by " + ".
            AppendRow(csv, Row([("method", Strings.ExportCsvMethodLeadershipNeed), ("answers", Number(leadership.Respondents)), ("ability", Number(leadership.Ability)),
                ("commitment", Number(leadership.Commitment)), ("needed_style", string.Join(" + ", leadership.NeededStyles.Select(LeadershipResultView.NameOf))), ("phase", leadership.Phase is { } phase ? CoalitionPhaseTexts.Name(phase) : "")]));
        }
        foreach (var answer in export.ThreeBs)
            AppendRow(csv, Row([("method", Strings.ExportCsvMethodThreeBs), ("partner", answer.Partner), ("partner_role", string.Join(" + ", answer.PartnerRoles.Select(NetworkRoleTexts.Name))),
                ("partner_level", string.Join(" + ", answer.PartnerLevels.Select(PartnerLevelTexts.Name))), ("author", answer.Author ?? ""),
                ("date", answer.DescribedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("intention", answer.Intention), ("interest", answer.Interest),
                ("contribution", answer.Contribution), ("influence", Number(answer.Influence)), ("involvement", Number(answer.Involvement)), ("attitude", AttitudeTexts.Name(answer.Attitude)),
                ("expectations", answer.Expectations ?? ""), ("own_organisation", answer.IsOwnOrganisation ? Strings.ExportCsvYes : Strings.ExportCsvNo), ("attitude_reason", answer.AttitudeReason ?? "")]));
        // An action's day is in "date"; while it is open, its owner's latest answer follows its status.
        foreach (var action in export.Actions)
            AppendRow(csv, Row([("method", Strings.ExportCsvMethodAction), ("text", action.Text), ("owner", action.Owner ?? ""), ("date", action.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("status", action.Status == ActionStatus.Done ? Strings.ExportCsvDone
                    : action.LatestAnswer is { } answer ? $"{Strings.ExportCsvOpen} ({ActionTexts.Progress(answer)})" : Strings.ExportCsvOpen),
                ("done_on", action.DoneAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")]));
        // A force merged as the summary lists it: how many named it, and their mean strength (1-3).
        if (export.Forces is { } forces)
            foreach (var (method, list) in new[] { (Strings.ExportCsvMethodForceFor, forces.For), (Strings.ExportCsvMethodForceAgainst, forces.Against) })
                foreach (var force in list)
                    AppendRow(csv, Row([("method", method), ("text", force.Text), ("answers", Number(force.Count)), ("mean", Number(force.MeanStrength))]));
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

    private static string Name(CheckInAspect aspect) => CheckInTexts.Name(aspect).ToLower(CultureInfo.CurrentUICulture);
}
