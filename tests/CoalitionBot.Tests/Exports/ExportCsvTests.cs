using System.Text;
using CoalitionBot.Exports;
using CoalitionBot.Leadership;

namespace CoalitionBot.Tests.Exports;

/// <summary>The CSV in each language: what Excel with Dutch or English settings splits into columns and reads as numbers.</summary>
public sealed class ExportCsvTests
{
    private static readonly CoalitionExport Export = new("Kansrijke Start", DateTimeOffset.UnixEpoch, 3)
    {
        Leadership = [new LeadershipAnswerExport(LeadershipStyle.Coaching, 2, 2.5, 3.25, LeadershipStyle.Directing)],
    };

    private static string[] Row(string language) =>
        Encoding.UTF8.GetString(ExportCsv.Write(Export, language)[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1].Split(language == "nl" ? ';' : ',');

    private static string Cell(string[] row, string column) => row[ExportCsv.Columns.ToList().IndexOf(column)];

    [Theory]
    [InlineData("nl", "2,5", "3,25")]
    [InlineData("en", "2.5", "3.25")]
    public void Numbers_have_the_decimal_separator_of_the_language_and_the_other_separator_splits_the_columns(string language, string ability, string commitment)
    {
        var row = Row(language);

        Assert.Equal(ExportCsv.Columns.Count, row.Length);
        Assert.Equal((ability, commitment, "Directing"), (Cell(row, "ability"), Cell(row, "commitment"), Cell(row, "needed_style")));
    }
}
