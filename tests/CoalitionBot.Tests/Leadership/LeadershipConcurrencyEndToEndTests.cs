using CoalitionBot.Leadership;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>
/// Two members submit their forms at the same moment to two instances of the bot on one blob container
/// (Azurite): the coalition's one leadership document is changed by both, and the ETag makes sure neither is lost.
/// </summary>
public sealed class LeadershipConcurrencyEndToEndTests(AzuriteContainerFixture azurite) : IClassFixture<AzuriteContainerFixture>, IAsyncLifetime
{
    private LoopbackChannel channel = null!;
    private BotApp first = null!, second = null!;

    public async Task InitializeAsync()
    {
        channel = await LoopbackChannel.StartAsync();
        var blobStorage = azurite.BotSettings(azurite.ContainerName);
        first = new BotApp(blobStorage);
        second = new BotApp(blobStorage);
    }

    public async Task DisposeAsync()
    {
        first.Dispose();
        second.Dispose();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task Two_members_answering_at_once_on_two_instances_are_both_stored()
    {
        var lead = new LeadershipChat(first, channel, LeadershipChat.LeadId);
        var member = new LeadershipChat(second, channel, LeadershipChat.MemberId);
        await lead.JoinTheTeamAsync();
        await member.JoinTheTeamAsync();
        var leadForm = Assert.Single(await lead.SayAsync("leiderschap")).Card!;
        var memberForm = Assert.Single(await member.SayAsync("leiderschap")).Card!;
        var before = channel.Calls.Count;

        var responses = await Task.WhenAll(
            first.PostActivityAsync(lead.Submission(LeadershipForm.Answers(leadForm, AnswerPlan.DelegatorInNeedOfSupporting))),
            second.PostActivityAsync(member.Submission(LeadershipForm.Answers(memberForm, AnswerPlan.CoachInNeedOfDirecting))));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        var updates = (await channel.WaitForCallsAsync(before + 2)).Skip(before).ToList();
        Assert.All(updates, u => Assert.Equal("PUT", u.Method));
        Assert.Equal(Delegating, (await lead.StoredAsync())!.Latest.DominantStyle);
        Assert.Equal(Coaching, (await member.StoredAsync())!.Latest.DominantStyle);
    }
}
