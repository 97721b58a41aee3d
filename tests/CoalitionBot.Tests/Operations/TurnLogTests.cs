using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Operations;

/// <summary>
/// What an operator reads at Information: one line per turn with its type, command, outcome and duration, in a scope
/// with the activity id alone.
/// </summary>
public sealed class TurnLogTests : BotAndChannelTests
{
    private const string Marker = "Zq7Qx";
    private readonly CapturedLogs logs = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        logs.AddTo(services);
        services.AddSingleton<TimeProvider>(clock);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private IReadOnlyList<string> InformationOrAbove => [.. logs.Entries.Where(e => e.StartsWith("Information", StringComparison.Ordinal)
        || e.StartsWith("Warning", StringComparison.Ordinal) || e.StartsWith("Error", StringComparison.Ordinal))];

    private static string Line(string entry) => entry.Split(" | ")[0];

    [Fact]
    public async Task A_turn_is_one_information_line_with_its_type_command_outcome_and_duration_and_nothing_of_its_content()
    {
        Channel.Answer = _ => { clock.Advance(TimeSpan.FromMilliseconds(250)); return null; }; // the channel takes a quarter of a second
        var katinka = new DialogConversation(Bot, Channel, member: CoalitionSetup.Katinka);
        var before = logs.Entries.Count;

        await katinka.SayAsync($"help {Marker}");
        await katinka.SayAsync($"{Marker} iets wat geen opdracht is");

        var turns = logs.Entries.Skip(before).Where(e => e.Contains("CloudAdapter: Turn ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Information CoalitionBot.BotFramework.CloudAdapter: Turn message Help: Completed in 250 ms",
                      "Information CoalitionBot.BotFramework.CloudAdapter: Turn message None: Completed in 250 ms"], turns.Select(Line));
        Assert.All(turns, turn => Assert.EndsWith("; ActivityId=msg-" + (turns.IndexOf(turn) + 1) + " | ", turn)); // after ASP.NET Core's request scope
        var identifying = new[] { Marker, CoalitionSetup.Katinka.Name, CoalitionSetup.Katinka.UserId, PersonalChatIds.Of(CoalitionSetup.Katinka.UserId) };
        Assert.DoesNotContain(InformationOrAbove, entry => identifying.Any(value => entry.Contains(value, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_turn_the_channel_refuses_ends_in_a_line_that_says_so()
    {
        Channel.FailWithStatus = 403;

        await new DialogConversation(Bot, Channel, member: CoalitionSetup.Katinka).SayAsync("help");

        Assert.Contains("Information CoalitionBot.BotFramework.CloudAdapter: Turn message Help: ChannelRefused in 0 ms", logs.Entries.Select(Line));
    }
}
