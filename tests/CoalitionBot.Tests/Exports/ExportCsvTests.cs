using System.Text;
using CoalitionBot.CheckIns;
using CoalitionBot.Exports;
using CoalitionBot.Leadership;

namespace CoalitionBot.Tests.Exports;

/// <summary>The CSV in each language: what Excel with Dutch or English settings splits into columns and reads as numbers.</summary>
public sealed class ExportCsvTests
{
    private static readonly CoalitionExport Export = new("Kansrijke Start", DateTimeOffset.UnixEpoch, 3)
    {
        CheckIns = [new CheckInRoundExport("2026-11", 3, [new AspectExport(CheckInAspect.Ambition, 3, 7.5, null, null)], [], [], [])],
        Leadership = new LeadershipExport(3, new Dictionary<LeadershipStyle, int> { [LeadershipStyle.Coaching] = 3 }, 2.5, 3.25, LeadershipStyle.Directing),
    };

    private static string[] RowOf(string language, string method) =>
        Encoding.UTF8.GetString(ExportCsv.Write(Export, language)[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(language == "nl" ? ';' : ',')).Single(row => row[0] == method);

    private static string Cell(string[] row, string column) => row[ExportCsv.Columns.ToList().IndexOf(column)];

    [Theory]
    [InlineData("nl", "2,5", "3,25", "7,5")]
    [InlineData("en", "2.5", "3.25", "7.5")]
    public void Numbers_have_the_decimal_separator_of_the_language_and_the_other_separator_splits_the_columns(string language, string ability, string commitment, string mean)
    {
        var need = RowOf(language, "leadership_need");
        var aspect = RowOf(language, "checkin");

        Assert.Equal(ExportCsv.Columns.Count, need.Length);
        Assert.Equal((ability, commitment, "Directing"), (Cell(need, "ability"), Cell(need, "commitment"), Cell(need, "needed_style")));
        Assert.Equal(("ambition", "3", mean, "", ""), (Cell(aspect, "aspect"), Cell(aspect, "answers"), Cell(aspect, "mean"), Cell(aspect, "lowest"), Cell(aspect, "highest")));
    }
}
