using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Lifecycle;

/// <summary>
/// Microsoft's documented lifecycle events through /api/messages: the bot removed, the team archived or deleted makes
/// the coalition inactive (data kept), reinstalling, unarchiving or restoring makes it active again, a rename renames
/// it, a deleted channel is forgotten. None of them is answered, and each is logged once, with ids only.
/// </summary>
public sealed class TeamLifecycleEndToEndTests : BotAndChannelTests
{
    /// <summary>The channel the recorded install came from, and the one channelDeleted names.</summary>
    private const string InstallChannel = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
    private static readonly Member Ahmed = new("29:ahmed", "Ahmed el Amrani");
    private readonly CapturedLogs logs = new();

    protected override void ConfigureBotServices(IServiceCollection services) => logs.AddTo(services);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka, Ahmed);
    }

    private async Task<Coalition> CoalitionAsync() => (await Bot.Get<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!;

    /// <summary>Posts a payload and checks that the bot answered the request and sent nothing to Teams.</summary>
    private async Task PostAsync(JsonObject activity)
    {
        var callsBefore = Channel.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostActivityAsync(activity)).StatusCode);
        Assert.Equal(callsBefore, Channel.Calls.Count);
    }

    private Task PostAsync(string ownFixture) => PostAsync(TeamsFixtures.LoadOwn(ownFixture, Channel.ServiceUrl));

    private IReadOnlyList<string> LifecycleLogLines() =>
        [.. logs.Entries.Where(e => e.StartsWith("Information CoalitionBot.Lifecycle.TeamLifecycle:", StringComparison.Ordinal))];

    [Theory]
    [InlineData("conversationUpdate-bot-removed-from-team.json", "BotRemoved")]
    [InlineData("installationUpdate-remove-team.json", "BotRemoved")]
    [InlineData("conversationUpdate-team-archived.json", "TeamArchived")]
    [InlineData("conversationUpdate-team-deleted.json", "TeamDeleted")]
    public async Task The_coalition_becomes_inactive_and_keeps_its_members_and_partners(string fixture, string reason)
    {
        var before = await CoalitionAsync();

        await PostAsync(fixture);

        var after = await CoalitionAsync();
        Assert.False(after.IsActive);
        Assert.Equal(reason, after.Inactive!.Reason);
        Assert.Equal(before.Members, after.Members);
        Assert.Equal(before.Name, after.Name);
        var line = Assert.Single(LifecycleLogLines());
        Assert.Contains(CoalitionSetup.TeamId, line);
    }

    [Theory]
    [InlineData("conversationUpdate-team-archived.json", "conversationUpdate-team-unarchived.json")]
    [InlineData("conversationUpdate-team-deleted.json", "conversationUpdate-team-restored.json")]
    public async Task Unarchiving_or_restoring_the_team_makes_it_active_again(string deactivating, string reactivating)
    {
        await PostAsync(deactivating);

        await PostAsync(reactivating);

        Assert.True((await CoalitionAsync()).IsActive);
        Assert.Equal(2, LifecycleLogLines().Count);
    }

    [Theory]
    [InlineData("conversationUpdate-bot-added-to-team.json")]
    [InlineData("installationUpdate-add-team.json")]
    public async Task Installing_the_bot_again_makes_it_active_again_with_its_roles(string install)
    {
        await PostAsync("conversationUpdate-bot-removed-from-team.json");

        await Bot.PostActivityAsync(TeamsFixtures.Load(install, Channel.ServiceUrl));

        var coalition = await CoalitionAsync();
        Assert.True(coalition.IsActive);
        Assert.Equal(CoalitionRole.Admin, coalition.RoleOf(CoalitionSetup.Installer.UserId));
        Assert.NotNull(coalition.Member(Ahmed.UserId));
    }

    [Fact]
    public async Task A_renamed_team_renames_the_coalition_and_the_members_lists_and_the_new_name_is_not_logged()
    {
        await PostAsync("conversationUpdate-team-renamed.json");

        Assert.Equal("New Team Name", (await CoalitionAsync()).Name);
        var katinkasList = await Bot.Get<CoalitionStore>().CoalitionsOfAsync(CoalitionSetup.TenantId, CoalitionSetup.Katinka.UserId, CancellationToken.None);
        Assert.Equal("New Team Name", Assert.Single(katinkasList).Name);
        Assert.Single(LifecycleLogLines());
        Assert.Empty(logs.Containing("New Team Name"));
        Assert.True((await CoalitionAsync()).IsActive);
    }

    [Fact]
    public async Task A_deleted_channel_is_forgotten_and_reminders_posted_there_go_to_the_general_channel()
    {
        var references = Bot.Get<ConversationReferenceStore>();
        var schedules = Bot.Get<ReminderScheduleStore>();
        const string OtherChannel = "19:other-channel@thread.tacv2";
        // Paused, so the scheduler leaves them alone.
        await schedules.CreateAsync(CoalitionSetup.Id, n => TestSchedules.Daily("09:00") with { Number = n, TeamChannelId = InstallChannel, Paused = true }, CancellationToken.None);
        await schedules.CreateAsync(CoalitionSetup.Id, n => TestSchedules.Daily("10:00") with { Number = n, TeamChannelId = OtherChannel, Paused = true }, CancellationToken.None);
        Assert.Equal(InstallChannel, (await references.GetTeamChannelAsync("msteams", CoalitionSetup.TeamId, CancellationToken.None))!.Conversation!.Id);

        await PostAsync("conversationUpdate-channel-deleted.json");

        Assert.Equal(CoalitionSetup.TeamId, (await references.GetTeamChannelAsync("msteams", CoalitionSetup.TeamId, CancellationToken.None))!.Conversation!.Id);
        Assert.Null(await references.GetConversationAsync("msteams", InstallChannel, CancellationToken.None));
        var channels = (await schedules.ListAsync(CoalitionSetup.Id, CancellationToken.None)).Select(s => s.TeamChannelId);
        Assert.Equal([CoalitionSetup.TeamId, OtherChannel], channels);
        Assert.Contains(InstallChannel, Assert.Single(LifecycleLogLines()));
        Assert.True((await CoalitionAsync()).IsActive);
    }

    [Fact]
    public async Task Another_channel_deleted_leaves_the_last_used_channel_alone()
    {
        var deleted = TeamsFixtures.LoadOwn("conversationUpdate-channel-deleted.json", Channel.ServiceUrl);
        deleted["channelData"]!["channel"]!["id"] = "19:other-channel@thread.tacv2";

        await PostAsync(deleted);

        var channel = await Bot.Get<ConversationReferenceStore>().GetTeamChannelAsync("msteams", CoalitionSetup.TeamId, CancellationToken.None);
        Assert.Equal(InstallChannel, channel!.Conversation!.Id);
    }

    [Fact]
    public async Task A_removed_member_leaves_the_coalition_as_before_and_it_stays_active()
    {
        await PostAsync("conversationUpdate-member-removed.json");

        var coalition = await CoalitionAsync();
        Assert.Null(coalition.Member(CoalitionSetup.Katinka.UserId));
        Assert.NotNull(coalition.Member(Ahmed.UserId));
        Assert.Equal(CoalitionRole.Admin, coalition.RoleOf(CoalitionSetup.Installer.UserId));
        Assert.True(coalition.IsActive);
        Assert.Single(logs.Entries, e => e.StartsWith("Information CoalitionBot.Coalitions.TeamRoster:", StringComparison.Ordinal) && e.Contains("1 left"));
    }

    [Fact]
    public async Task Removing_the_bot_from_a_1_1_chat_marks_it_inactive_until_the_person_writes_again()
    {
        var references = Bot.Get<ConversationReferenceStore>();
        var katinka = new DialogConversation(Bot, Channel, fixture: "message-personal.json");
        await katinka.SayAsync("help");

        await PostAsync("installationUpdate-remove-personal.json");

        Assert.Contains(CoalitionSetup.Katinka.UserId, await references.InactivePersonalAsync("msteams", CancellationToken.None));
        Assert.Contains("a:1pQ-personal-conversation-id", Assert.Single(LifecycleLogLines()));
        Assert.True((await CoalitionAsync()).IsActive);

        await katinka.SayAsync("help");

        Assert.DoesNotContain(CoalitionSetup.Katinka.UserId, await references.InactivePersonalAsync("msteams", CancellationToken.None));
    }

    [Fact]
    public async Task No_lifecycle_event_logs_a_name()
    {
        foreach (var fixture in new[]
        {
            "conversationUpdate-team-renamed.json", "conversationUpdate-channel-deleted.json", "conversationUpdate-team-archived.json",
            "conversationUpdate-team-unarchived.json", "conversationUpdate-team-deleted.json", "conversationUpdate-team-restored.json",
            "conversationUpdate-member-removed.json", "installationUpdate-remove-personal.json", "conversationUpdate-bot-removed-from-team.json",
        })
            await PostAsync(fixture);

        Assert.Equal(8, LifecycleLogLines().Count); // every event but the member removed, which the roster logs
        foreach (var name in new[] { "New Team Name", "TestTeam2022", "Team Name", "PhotographyUpdates", "Test Bot", CoalitionSetup.Katinka.Name, Ahmed.Name })
            Assert.Empty(logs.Containing(name));
    }
}
