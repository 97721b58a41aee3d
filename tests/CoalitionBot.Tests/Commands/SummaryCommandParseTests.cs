using CoalitionBot.CheckIns;
using CoalitionBot.Commands;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Tests.Commands;

/// <summary>"samenvatting"/"summary" and its topic, which are the words of the methods' own commands.</summary>
public sealed class SummaryCommandParseTests
{
    private static readonly CommandWords Words = RegisteredCommands.Words();

    public static TheoryData<string, CommandRoute?, string> Topics => new()
    {
        { "samenvatting", null, "" },
        { "summary checkin", CheckInCommand.Route, "" },
        { "Samenvatting leiderschap", LeadershipCommand.Route, "" },
        { "summary leadership", LeadershipCommand.Route, "" },
        { "samenvatting 3b GGD Hollands Midden", ThreeBsCommand.Route, "GGD Hollands Midden" },
    };

    [Theory]
    [MemberData(nameof(Topics))]
    public void The_topic_is_read_from_the_rest_of_the_command(string text, CommandRoute? topic, string partner)
    {
        var command = Words.Parse(text);
        Assert.Same(SummaryCommand.Route, command.Route);

        var parsed = Words.Parse(command.Argument);
        Assert.Same(topic, parsed.Route);
        if (topic is not null) Assert.Equal(partner, parsed.Argument);
    }

    [Theory]
    [InlineData("checkin", "checkin", false)]
    [InlineData("checkin nieuw", "checkin", true)]
    [InlineData("checkin new", "checkin", true)]
    [InlineData("3b GGD Hollands Midden kanaal", "3b GGD Hollands Midden", true)]
    [InlineData("nieuw", "", true)]
    [InlineData("", "", false)]
    public void The_last_word_says_whether_the_summary_starts_a_new_thread(string argument, string topic, bool asNewThread)
    {
        var request = SummaryRequest.Parse(argument);

        Assert.Equal(topic, request.TopicText);
        Assert.Equal(asNewThread, request.AsNewThread);
    }
}
