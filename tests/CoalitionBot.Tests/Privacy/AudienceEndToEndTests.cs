using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Privacy;

/// <summary>
/// Where the bot's replies go, found by playing Teams against the bot: a member's own data, forms and results never
/// show in a channel or group chat, and a lead's summary never in a group chat.
/// </summary>
public sealed class AudienceEndToEndTests : BotAndChannelTests
{
    private static readonly Member Lead = new("29:1Xy-lead-user-id", "Annet de Vries");
    private static readonly string LeadsChat = PersonalChatIds.Of(Lead.UserId);
    private const string ChannelId = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Lead);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c with { Members = [.. c.Members.Select(m => m.UserId == Lead.UserId ? m with { Role = CoalitionRole.Lead } : m)] }, CancellationToken.None);
    }

    private DialogConversation InChannel() => new(Bot, Channel, fixture: "message-channel-mention.json", member: Lead);

    private async Task<IReadOnlyList<ConnectorCall>> SayInGroupChatAsync(string text, int expectedCalls)
    {
        var chat = new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: Lead);
        return await chat.SendAsync(chat.Message(a => { GroupChat.Reshape(a); a["text"] = "<at>CoalitionBot</at> " + text; }), expectedCalls);
    }

    [Fact]
    public async Task My_data_asked_in_a_channel_goes_to_the_members_own_chat_with_a_neutral_pointer_in_the_channel()
    {
        var calls = await InChannel().SayAsync("<at>CoalitionBot</at> mijn gegevens", expectedCalls: 3);

        var card = Assert.Single(calls, c => c.Card is not null);
        Assert.StartsWith($"/v3/conversations/{LeadsChat}/", card.Path);
        Assert.Contains("/api/my-data/", card.Card!.ToJsonString());
        var pointer = Assert.Single(calls, c => c.Path.StartsWith($"/v3/conversations/{ChannelId}", StringComparison.Ordinal));
        Assert.Equal("Ik heb je een persoonlijk bericht gestuurd.", pointer.Text);
    }

    [Fact]
    public async Task My_data_asked_in_a_group_chat_goes_to_the_members_own_chat()
    {
        var calls = await SayInGroupChatAsync("mijn gegevens", expectedCalls: 3);

        Assert.StartsWith($"/v3/conversations/{LeadsChat}/", Assert.Single(calls, c => c.Card is not null).Path);
        Assert.Null(Assert.Single(calls, c => c.Path.StartsWith($"/v3/conversations/{GroupChat.ConversationId}", StringComparison.Ordinal)).Card);
    }

    [Fact]
    public async Task A_questionnaire_started_in_a_channel_opens_in_the_members_own_chat_and_continues_there()
    {
        var calls = await InChannel().SayAsync("<at>CoalitionBot</at> checkin", expectedCalls: 3);

        var form = Assert.Single(calls, c => c.Card is not null);
        Assert.StartsWith($"/v3/conversations/{LeadsChat}/", form.Path);
        var inChat = new DialogConversation(Bot, Channel, member: Lead);
        var answers = FormAnswers.Fill(form.Card!, "Mijn toelichting", wrong: false);
        var confirmation = Assert.Single(await inChat.SubmitAsync(answers, "form-1"));
        Assert.Equal("PUT", confirmation.Method);
        Assert.StartsWith($"/v3/conversations/{LeadsChat}/", confirmation.Path);
        Assert.Contains("opgeslagen", confirmation.Card!.ToJsonString());
    }

    [Fact]
    public async Task A_form_left_in_a_channel_and_submitted_with_an_error_comes_back_filled_in_only_in_the_members_own_chat()
    {
        var form = await LeaveFormInChannelAsync("check-in");
        var answers = FormAnswers.Fill(form, "Alleen voor mij", wrong: true);

        var calls = await InChannel().SubmitAsync(answers, "channel-form", expectedCalls: 3);

        Assert.DoesNotContain(calls, c => c.Method == "PUT");
        var again = Assert.Single(calls, c => c.Card is not null);
        Assert.StartsWith($"/v3/conversations/{LeadsChat}/", again.Path);
        Assert.Contains("Alleen voor mij", again.Card!.ToJsonString());
        Assert.DoesNotContain(calls.Where(c => !c.Path.Contains(LeadsChat, StringComparison.Ordinal)), c => c.Body!.ToJsonString().Contains("Alleen voor mij", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_leadership_form_left_in_a_channel_shows_the_personal_result_only_in_the_members_own_chat()
    {
        var form = await LeaveFormInChannelAsync("leadership");

        var calls = await InChannel().SubmitAsync(FormAnswers.Fill(form, "", wrong: false), "channel-form", expectedCalls: 3);

        var result = Assert.Single(calls, c => c.Card is not null);
        Assert.StartsWith($"/v3/conversations/{LeadsChat}/", result.Path);
        Assert.Equal("Ik heb je een persoonlijk bericht gestuurd.", Assert.Single(calls, c => c.Path.Contains(ChannelId, StringComparison.Ordinal)).Text);
    }

    [Fact]
    public async Task An_action_execute_in_a_channel_answers_the_channel_neutrally_and_the_member_in_their_own_chat()
    {
        var form = await LeaveFormInChannelAsync("check-in");
        var invoke = InChannel().Message(a =>
        {
            a.Remove("text");
            a["type"] = "invoke";
            a["name"] = "adaptiveCard/action";
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = FormAnswers.Fill(form, "Alleen voor mij", wrong: true) } };
        });

        var response = await Bot.PostActivityAsync(invoke);

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Alleen voor mij", body);
        Assert.Contains("persoonlijk bericht", body);
        Assert.Contains(Channel.Messages, c => c.Path.StartsWith($"/v3/conversations/{LeadsChat}/", StringComparison.Ordinal) && c.Body!.ToJsonString().Contains("Alleen voor mij", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_summary_asked_in_a_group_chat_is_refused_there_and_shown_nowhere()
    {
        var calls = await SayInGroupChatAsync("samenvatting checkin", expectedCalls: 1);

        var refusal = Assert.Single(calls);
        Assert.Null(refusal.Card);
        Assert.Contains("kanaal van het team van de coalitie", refusal.Text);
    }

    [Fact]
    public async Task A_member_whose_personal_chat_cannot_be_opened_is_told_so_in_the_channel_and_nothing_else()
    {
        Channel.FailWithStatus = 403;
        var conversation = InChannel();
        var response = await Bot.PostActivityAsync(conversation.Message(a => a["text"] = "<at>CoalitionBot</at> mijn gegevens"));
        Channel.FailWithStatus = null;

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var calls = Channel.Messages;
        Assert.All(calls, c => Assert.Null(c.Card));
        Assert.Contains(calls, c => c.Path == "/v3/conversations");
    }

    /// <summary>A form a member opened in the channel before questionnaires moved to the 1:1 chat: its dialog waits in the channel's state.</summary>
    private async Task<JsonNode> LeaveFormInChannelAsync(string dialogId)
    {
        var dialogs = Bot.Services.GetRequiredService<DialogRunner>();
        var dialog = (CoalitionDialog)dialogs.Find(dialogId)!;
        var coalition = (await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!;
        var activity = JsonSerializer.Deserialize(InChannel().Message(_ => { }).ToJsonString(), BotFramework.Schema.BotJsonContext.Default.Activity)!;
        var states = Bot.Services.GetRequiredService<ConversationUserStateStore>();
        var session = await states.LoadAsync(activity, CancellationToken.None);
        session.State = session.State with
        {
            Dialog = new ActiveDialog { DialogId = dialogId, FormId = "channel-form", Mode = DialogMode.Card, Options = dialog.StartOptions(coalition, "") },
        };
        await session.SaveAsync(CancellationToken.None);

        // The form as it was shown: found in the member's chat by starting the same questionnaire there, with the channel's form id.
        var started = Assert.Single(await new DialogConversation(Bot, Channel, member: Lead).SayAsync(dialogId == "leadership" ? "leiderschap" : "checkin")).Card!;
        await new DialogConversation(Bot, Channel, member: Lead).SayAsync("stop");
        foreach (var action in started["actions"]!.AsArray()) action!["data"]!["form"] = "channel-form";
        return started;
    }
}
