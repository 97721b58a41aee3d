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
        Leadership = new LeadershipExport(3, new Dictionary<LeadershipStyle, int> { [LeadershipStyle.Coaching] = 3 }, 2.5, 3.25,
            new Dictionary<LeadershipStyle, int> { [LeadershipStyle.Directing] = 1, [LeadershipStyle.Delegating] = 1, [LeadershipStyle.Coaching] = 1 },
            [LeadershipStyle.Directing, LeadershipStyle.Coaching, LeadershipStyle.Delegating], NeedIsSplit: true, CoalitionBot.Coalitions.CoalitionPhase.Growing),
    };

    private static string[] RowOf(string language, string method) =>
        Encoding.UTF8.GetString(ExportCsv.Write(Export, language)[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(language == "nl" ? ';' : ',')).Single(row => row[0] == method);

    private static string Cell(string[] row, string column) => row[ExportCsv.Columns.ToList().IndexOf(column)];

    [Theory]
    [InlineData("nl", "2,5", "3,25", "7,5", "leiderschap_behoefte", "Sturen + Begeleiden + Delegeren", "Groeiend", "ambitie")]
    [InlineData("en", "2.5", "3.25", "7.5", "leadership_need", "Directing + Coaching + Delegating", "Growing", "ambition")]
    public void Numbers_names_and_separators_are_those_of_the_language(string language, string ability, string commitment, string mean,
        string needRow, string neededStyles, string phase, string ambition)
    {
        var need = RowOf(language, needRow);
        var aspect = RowOf(language, "checkin");

        Assert.Equal(ExportCsv.Columns.Count, need.Length);
        Assert.Equal((ability, commitment, neededStyles, phase), (Cell(need, "ability"), Cell(need, "commitment"), Cell(need, "needed_style"), Cell(need, "phase")));
        Assert.Equal((ambition, "3", mean, "", ""), (Cell(aspect, "aspect"), Cell(aspect, "answers"), Cell(aspect, "mean"), Cell(aspect, "lowest"), Cell(aspect, "highest")));
    }

    [Theory]
    [InlineData("nl", "methode;ronde;partner;rol_partner;auteur;datum;aspect;antwoorden;gemiddelde;laagste;hoogste;tekst;")]
    [InlineData("en", "method,round,partner,partner_role,author,date,aspect,answers,mean,lowest,highest,text,")]
    public void The_header_names_every_column_in_the_language(string language, string start)
    {
        var header = Encoding.UTF8.GetString(ExportCsv.Write(Export, language)[3..]).Split("\r\n")[0];

        Assert.StartsWith(start, header);
        Assert.Equal(ExportCsv.Columns.Count, header.Split(language == "nl" ? ';' : ',').Length);
    }

    [Fact]
    public void The_leadership_export_carries_the_need_per_style_the_split_and_the_phase()
    {
        var leadership = CoalitionBot.Tests.Summaries.SummaryTestData.LeadershipOf(
            CoalitionBot.Tests.Summaries.SummaryTestData.Result(LeadershipStyle.Coaching, 2, 4), CoalitionBot.Tests.Summaries.SummaryTestData.Result(LeadershipStyle.Coaching, 5, 5));

        var export = LeadershipExport.Of(leadership.FiguresFor(minimumRespondents: 2)!, CoalitionBot.Coalitions.CoalitionPhase.Starting);

        Assert.Equal((1, 1), (export.NeedMembers[LeadershipStyle.Directing], export.NeedMembers[LeadershipStyle.Delegating]));
        Assert.True(export.NeedIsSplit);
        Assert.Equal([LeadershipStyle.Directing, LeadershipStyle.Delegating], export.NeededStyles);
        Assert.Equal(CoalitionBot.Coalitions.CoalitionPhase.Starting, export.Phase);
    }

    [Fact]
    public void The_export_carries_the_coalitions_goal()
    {
        var coalition = CoalitionBot.Tests.Summaries.SummaryTestData.CoalitionWithPartners(new("tenant", "team")).WithGoal("Elk kind een kansrijke start", DateTimeOffset.UnixEpoch);

        var export = CoalitionExport.Of(coalition, [], leadership: null, CoalitionBot.Summaries.ThreeBsSummary.Of(coalition, new Dictionary<string, CoalitionBot.ThreeBs.PartnerDescriptions>()), DateTimeOffset.UnixEpoch);

        Assert.Equal("Elk kind een kansrijke start", export.Goal);
    }

    [Fact]
    public void A_three_bs_row_carries_the_partners_roles_and_levels_the_expectations_the_self_view_and_the_reason()
    {
        var export = Export with
        {
            ThreeBs = [new ThreeBsAnswerExport("GGD", [CoalitionBot.Coalitions.NetworkRole.Implementer, CoalitionBot.Coalitions.NetworkRole.Funder],
                [CoalitionBot.Coalitions.PartnerLevel.Tactical, CoalitionBot.Coalitions.PartnerLevel.Operational], "Anna", DateTimeOffset.UnixEpoch, "a", "b", "c", 4, 3, CoalitionBot.ThreeBs.Attitude.Supportive)
                { Expectations = "Regie van de gemeente", IsOwnOrganisation = true, AttitudeReason = "Wettelijke taak" }],
        };
        var row = Encoding.UTF8.GetString(ExportCsv.Write(export, "nl")[3..]).Split("\r\n").Select(line => line.Split(';')).Single(r => r[0] == "3b");

        Assert.Equal(("Uitvoerder + Financier of leverancier", "Tactisch + Uitvoerend", "Steunend"), (Cell(row, "partner_role"), Cell(row, "partner_level"), Cell(row, "attitude")));
        Assert.Equal(("Regie van de gemeente", "ja", "Wettelijke taak"), (Cell(row, "expectations"), Cell(row, "own_organisation"), Cell(row, "attitude_reason")));
    }
}
