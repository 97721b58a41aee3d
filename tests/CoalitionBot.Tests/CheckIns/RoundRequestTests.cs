using CoalitionBot.CheckIns;

namespace CoalitionBot.Tests.CheckIns;

/// <summary>"ronde ...": the action, the meeting's name with or without quotes, and an optional closing date and time.</summary>
public sealed class RoundRequestTests
{
    [Theory]
    [InlineData("", RoundAction.Show, "", null)]
    [InlineData("nieuw \"overleg 12 november\"", RoundAction.Open, "overleg 12 november", null)]
    [InlineData("nieuw overleg 12 november", RoundAction.Open, "overleg 12 november", null)]
    [InlineData("new “Meeting 12 November” 12-11-2026 17:00", RoundAction.Open, "Meeting 12 November", "2026-11-12T17:00")]
    [InlineData("nieuw Overleg wethouder tot 12-11-2026", RoundAction.Open, "Overleg wethouder", "2026-11-13T00:00")]
    [InlineData("nieuw \"Overleg\" 2026-11-12 9:30", RoundAction.Open, "Overleg", "2026-11-12T09:30")]
    [InlineData("sluit", RoundAction.Close, "", null)]
    [InlineData("hernoem 'Overleg 19 november'", RoundAction.Rename, "Overleg 19 november", null)]
    [InlineData("morgen", RoundAction.Unknown, "", null)]
    public void Reads_the_action_the_name_and_when_it_closes(string argument, RoundAction action, string name, string? closes)
    {
        var request = RoundRequest.Parse(argument);

        Assert.Equal(action, request.Action);
        Assert.Equal(name, request.Name);
        Assert.Equal(closes is null ? null : DateTime.Parse(closes, System.Globalization.CultureInfo.InvariantCulture), request.ClosesLocal);
    }
}
