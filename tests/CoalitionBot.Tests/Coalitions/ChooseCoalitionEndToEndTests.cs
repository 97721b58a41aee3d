using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>A member of two coalitions is asked which one a 1:1 answer is for, and the answer lands only there.</summary>
public sealed class ChooseCoalitionEndToEndTests : BotAndChannelTests
{
    private static readonly CoalitionId Other = new(CoalitionSetup.TenantId, "19:other-team@thread.tacv2");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        await Bot.Services.GetRequiredService<CoalitionStore>().AddMembersAsync(Other, () => new Coalition { Id = Other, Name = "Gezond Gewicht Alphen" },
            [(CoalitionSetup.Katinka.UserId, CoalitionSetup.Katinka.Name, null)], CancellationToken.None);
    }

    [Fact]
    public async Task The_member_chooses_once_and_the_command_then_runs_for_that_coalition()
    {
        var katinka = new DialogConversation(Bot, Channel);

        var chooser = Assert.Single(await katinka.SayAsync("checkin tekst")).Card!;
        var choice = chooser["actions"]![0]!["data"]!.DeepClone().AsObject();
        var options = chooser["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "coalition")!["choices"]!.AsArray();
        choice["coalition"] = options.Single(o => o!["title"]!.GetValue<string>() == "Gezond Gewicht Alphen")!["value"]!.GetValue<string>();
        var replies = await katinka.SubmitAsync(choice, "card-1", expectedCalls: 2);
        Assert.Contains("Gezond Gewicht Alphen", replies[0].Card!.ToJsonString());
        Assert.Contains("Vraag 1 van 14", replies[1].Text); // the check-in it was asked for, as text

        // The choice is remembered: the next command does not ask again.
        await katinka.SayAsync("stop");
        Assert.Contains("Geef elk aspect", Assert.Single(await katinka.SayAsync("checkin")).Card!.ToJsonString());
    }

    [Fact]
    public async Task Someone_in_no_coalition_is_told_so_and_someone_who_left_is_not_offered_it()
    {
        await Bot.Services.GetRequiredService<CoalitionStore>().MemberLeftAsync(Other, CoalitionSetup.Katinka.UserId, CancellationToken.None);
        var katinka = new DialogConversation(Bot, Channel);

        // Only one coalition is left, so no question: straight to the form.
        Assert.Contains("Geef elk aspect", Assert.Single(await katinka.SayAsync("checkin")).Card!.ToJsonString());
        var stranger = new DialogConversation(Bot, Channel, member: new Member("29:stranger", "Onbekend"));
        Assert.Contains("nog niet bij een coalitie", Assert.Single(await stranger.SayAsync("checkin")).Text);
    }
}
