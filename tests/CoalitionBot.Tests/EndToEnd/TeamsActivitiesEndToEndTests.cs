using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>Recorded Teams activities posted to the real bot; replies observed at a loopback channel service.</summary>
public sealed class TeamsActivitiesEndToEndTests : BotAndChannelTests
{
    private const string TeamId = "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2";
    private const string TenantId = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";

    [Fact]
    public async Task Personal_message_gets_a_reply_to_that_message_in_Dutch()
    {
        var activity = TeamsFixtures.Load("message-personal.json", Channel.ServiceUrl);
        activity["text"] = "help";

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/a:1pQ-personal-conversation-id/activities/1772439302555", reply.Path);
        Assert.Equal("28:608cacfd-1cea-40c9-b678-4b93e69bb72b", reply.Body!["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1Ab-member-user-id", reply.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("1772439302555", reply.Body["replyToId"]!.GetValue<string>());
        Assert.Contains("**3b**", reply.Text);
        Assert.Contains("annuleer", reply.Text); // the Dutch help names the Dutch cancel word
    }

    [Fact]
    public async Task English_client_gets_English_help()
    {
        var activity = TeamsFixtures.Load("message-personal.json", Channel.ServiceUrl);
        activity["text"] = "help";
        activity["locale"] = "en-US";

        await Bot.PostActivityAsync(activity);

        var reply = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.Contains("cancel", reply.Text);
        Assert.DoesNotContain("annuleer", reply.Text);
    }

    [Fact]
    public async Task Channel_mention_is_removed_and_the_reply_goes_to_the_thread()
    {
        var activity = TeamsFixtures.Load("message-channel-mention.json", Channel.ServiceUrl);
        activity["text"] = "<at>CoalitionBot</at> help\n";

        await Bot.PostActivityAsync(activity);

        var reply = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.Equal("/v3/conversations/19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2;messageid=1772439164123/activities/1772439164123", reply.Path);
        Assert.Contains("**3b**", reply.Text); // "help" was understood, so the mention was stripped
    }

    [Fact]
    public async Task Bot_added_to_a_team_welcomes_the_channel_and_remembers_the_team_after_a_restart()
    {
        var activity = TeamsFixtures.Load("conversationUpdate-bot-added-to-team.json", Channel.ServiceUrl);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(Channel.Messages);
        Assert.StartsWith("/v3/conversations/19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2/activities", welcome.Path);
        Assert.False(string.IsNullOrWhiteSpace(welcome.Text));

        // A new process over the same storage can still reach the team.
        using var restarted = new BotApp(new Dictionary<string, string?> { ["Storage:LocalPath"] = Bot.DataFolder });
        var references = restarted.Services.GetRequiredService<CoalitionBot.Conversations.ConversationReferenceStore>();
        var team = await references.GetTeamAsync("msteams", TeamId, CancellationToken.None);
        Assert.NotNull(team);
        Assert.Equal(Channel.ServiceUrl.ToString(), team.ServiceUrl);
        Assert.Equal(TenantId, team.Conversation!.TenantId);
    }

    [Theory]
    [InlineData("conversationUpdate-bot-added-to-team.json")]
    [InlineData("installationUpdate-add-team.json")]
    public async Task Install_in_a_team_makes_the_installer_admin_and_the_roster_members(string fixture)
    {
        var activity = TeamsFixtures.Load(fixture, Channel.ServiceUrl);

        await Bot.PostActivityAsync(activity);

        var coalitions = Bot.Services.GetRequiredService<CoalitionStore>();
        var coalition = await coalitions.GetAsync(new CoalitionId(TenantId, TeamId), CancellationToken.None);
        Assert.NotNull(coalition);
        var installer = activity["from"]!["id"]!.GetValue<string>();
        Assert.Equal(CoalitionRole.Admin, coalition.RoleOf(installer));
        var roster = JsonNode.Parse(File.ReadAllText(RepositoryPaths.TeamsFixture("docs-connector-pagedmembers.response.json")))!["members"]!.AsArray();
        Assert.All(roster, m => Assert.NotNull(coalition.Member(m!["id"]!.GetValue<string>())));
        Assert.Equal(roster.Count + 1, coalition.Members.Count);
        var rosterMember = roster[1]!["id"]!.GetValue<string>();
        Assert.Contains(await coalitions.CoalitionsOfAsync(TenantId, rosterMember, CancellationToken.None), m => m.Id.TeamId == TeamId);
    }

    [Fact]
    public async Task Personal_install_greets_the_user()
    {
        var activity = TeamsFixtures.Load("conversationUpdate-bot-added-personal.json", Channel.ServiceUrl);

        await Bot.PostActivityAsync(activity);

        var welcome = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.False(string.IsNullOrWhiteSpace(welcome.Text));
    }

    [Theory]
    [InlineData("Anna de Vries", "Hallo Anna de Vries! Ik ben CoalitionBot")]
    [InlineData(null, "Hallo! Ik ben CoalitionBot")] // Teams gave no name: no "Hallo daar!"
    public async Task The_personal_greeting_uses_the_name_Teams_gives_and_none_without(string? name, string greeting)
    {
        var activity = TeamsFixtures.Load("conversationUpdate-bot-added-personal.json", Channel.ServiceUrl);
        activity["locale"] = "nl-NL";
        if (name is null) activity["from"]!.AsObject().Remove("name");
        else activity["from"]!["name"] = name;

        await Bot.PostActivityAsync(activity);

        Assert.StartsWith(greeting, Assert.Single(await Channel.WaitForCallsAsync(1)).Text);
    }

    [Theory]
    [InlineData("installationUpdate-add-team.json")]
    [InlineData(null)] // a messageReaction
    public async Task Events_without_anything_to_say_are_accepted_silently(string? fixture)
    {
        var activity = fixture is null ? Reaction() : TeamsFixtures.Load(fixture, Channel.ServiceUrl);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Channel.Messages);
    }

    [Fact]
    public async Task Unknown_activity_types_and_fields_are_accepted_and_ignored()
    {
        var activity = TeamsFixtures.Load("message-personal.json", Channel.ServiceUrl);
        activity["type"] = "somethingFromTheFuture";
        activity["brandNewField"] = new JsonObject { ["nested"] = 1 };

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Channel.Calls);
    }

    private JsonObject Reaction()
    {
        var activity = TeamsFixtures.Load("message-personal.json", Channel.ServiceUrl);
        activity["type"] = "messageReaction";
        activity.Remove("text");
        activity["replyToId"] = "1772439302999";
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        return activity;
    }
}
