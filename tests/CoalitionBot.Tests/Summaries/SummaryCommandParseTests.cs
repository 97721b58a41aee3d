using CoalitionBot.Bots;
using CoalitionBot.Summaries;

namespace CoalitionBot.Tests.Summaries;

/// <summary>"samenvatting"/"summary" and its topic, which are the words of the methods' own commands.</summary>
public sealed class SummaryCommandParseTests
{
    [Theory]
    [InlineData("samenvatting", BotCommandKind.None, "")]
    [InlineData("summary checkin", BotCommandKind.CheckIn, "")]
    [InlineData("Samenvatting leiderschap", BotCommandKind.Leadership, "")]
    [InlineData("summary leadership", BotCommandKind.Leadership, "")]
    [InlineData("samenvatting 3b GGD Hollands Midden", BotCommandKind.ThreeBs, "GGD Hollands Midden")]
    public void The_topic_is_read_from_the_rest_of_the_command(string text, BotCommandKind topic, string partner)
    {
        var command = BotCommand.Parse(text);
        Assert.Equal(BotCommandKind.Summary, command.Kind);

        var parsed = BotCommand.Parse(command.Argument);
        Assert.Equal(topic, parsed.Kind);
        if (topic != BotCommandKind.None) Assert.Equal(partner, parsed.Argument);
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
