using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Introductions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>
/// The dialog engine through /api/messages, with the demo dialog: form card and text prompts,
/// validation and re-prompts, duplicate submits, Action.Execute, cancel and a restart mid-dialog.
/// </summary>
public sealed class DialogEndToEndTests : BotAndChannelTests
{
    private const string CardMessageId = "card-1";

    private static JsonObject FormData(JsonNode card) => card["actions"]![0]!["data"]!.AsObject();

    private static JsonObject Answers(JsonNode card, string organisation, string role, string hours)
    {
        var value = FormData(card).DeepClone().AsObject();
        value["organisation"] = organisation;
        value["role"] = role;
        value["hours"] = hours;
        return value;
    }

    private async Task<Introduction?> StoredIntroductionAsync(BotApp app)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var key = StorageKey.Of("introductions", "msteams", "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", "29:1Ab-member-user-id");
        var stored = await store.ReadAsync(key, CancellationToken.None);
        return stored is null ? null : JsonSerializer.Deserialize<Introduction>(stored.Content.Span, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    [Fact]
    public async Task Form_card_is_answered_and_replaced_by_a_confirmation()
    {
        var member = new DialogConversation(Bot, Channel);

        var form = Assert.Single(await member.SayAsync("demo")).Card!;
        Assert.Equal(["organisation", "role", "hours"], form["body"]!.AsArray().Where(e => e!["id"] is not null).Select(e => e!["id"]!.GetValue<string>()));
        Assert.Equal("Action.Submit", form["actions"]![0]!["type"]!.GetValue<string>());

        var update = Assert.Single(await member.SubmitAsync(Answers(form, "GGD Hollands Midden", "uitvoerder", "12"), CardMessageId));

        Assert.Equal("PUT", update.Method);
        Assert.EndsWith($"/activities/{CardMessageId}", update.Path);
        Assert.Contains("opgeslagen", update.Card!.ToJsonString());
        var saved = await StoredIntroductionAsync(Bot);
        Assert.Equal(new Introduction("GGD Hollands Midden", "uitvoerder", 12, saved!.SavedAt), saved);
    }

    [Fact]
    public async Task A_second_submit_of_the_same_form_is_ignored()
    {
        var member = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await member.SayAsync("demo")).Card!;
        await member.SubmitAsync(Answers(form, "GGD", "beslisser", "4"), CardMessageId);
        var callsBefore = Channel.Calls.Count;

        var response = await Bot.PostActivityAsync(member.Message(a => { a.Remove("text"); a["value"] = Answers(form, "Iets anders", "gebruiker", "40"); a["replyToId"] = CardMessageId; }));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await member.SayAsync("help"); // a later turn's reply proves the duplicate caused no call of its own
        Assert.Equal(callsBefore + 1, Channel.Calls.Count);
        Assert.Equal("GGD", (await StoredIntroductionAsync(Bot))!.Organisation);
    }

    [Fact]
    public async Task Invalid_answers_are_refused_with_the_form_again_and_nothing_is_stored()
    {
        var member = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await member.SayAsync("demo")).Card!;

        var update = Assert.Single(await member.SubmitAsync(Answers(form, "  ", "koning", "999"), CardMessageId));

        Assert.Equal("PUT", update.Method);
        var card = update.Card!.ToJsonString();
        Assert.Contains("mag niet leeg zijn", card);
        Assert.Contains("Kies een van de opties", card);
        Assert.Contains("van 0 tot en met 160", card);
        Assert.Null(await StoredIntroductionAsync(Bot));

        // The corrected form (same form id) is then accepted.
        var confirmation = Assert.Single(await member.SubmitAsync(Answers(form, "Gemeente Leiden", "financier", "8"), CardMessageId));
        Assert.Contains("opgeslagen", confirmation.Card!.ToJsonString());
        Assert.Equal("Gemeente Leiden", (await StoredIntroductionAsync(Bot))!.Organisation);
    }

    [Fact]
    public async Task A_forged_submission_with_unknown_fields_or_wrong_types_is_refused()
    {
        var member = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await member.SayAsync("demo")).Card!;
        var forged = Answers(form, "GGD", "uitvoerder", "3");
        forged["teamId"] = "19:another-team@thread.tacv2";

        var refusal = Assert.Single(await member.SubmitAsync(forged, CardMessageId));
        Assert.Contains("velden die ik niet ken", refusal.Card!.ToJsonString());

        var mistyped = Answers(form, "GGD", "uitvoerder", "3");
        mistyped["organisation"] = new JsonObject { ["nested"] = "x" };
        var typeRefusal = Assert.Single(await member.SubmitAsync(mistyped, CardMessageId));
        Assert.Contains("mag niet leeg zijn", typeRefusal.Card!.ToJsonString());
        Assert.Null(await StoredIntroductionAsync(Bot));
    }

    [Fact]
    public async Task A_form_of_a_finished_or_unknown_dialog_gets_a_polite_pointer()
    {
        var member = new DialogConversation(Bot, Channel);
        var stale = new JsonObject { ["dialog"] = "introduction", ["form"] = "not-a-form-of-yours", ["organisation"] = "x", ["role"] = "gebruiker", ["hours"] = "1" };

        var reply = Assert.Single(await member.SubmitAsync(stale, CardMessageId));

        Assert.Equal("POST", reply.Method);
        Assert.Contains("**demo**", reply.Text);
    }

    [Fact]
    public async Task Text_mode_asks_one_question_at_a_time_and_re_prompts_until_valid()
    {
        var member = new DialogConversation(Bot, Channel);

        Assert.Contains("Vraag 1 van 3", Assert.Single(await member.SayAsync("demo tekst")).Text);
        var roleQuestion = Assert.Single(await member.SayAsync("Gemeente Alphen")).Text!;
        Assert.Contains("Vraag 2 van 3", roleQuestion);
        Assert.Contains("1. Beslisser", roleQuestion);
        Assert.Contains("4. Gebruiker", roleQuestion);

        var retry = Assert.Single(await member.SayAsync("9")).Text!;
        Assert.Contains("Probeer het nog eens", retry);
        Assert.Contains("Vraag 2 van 3", retry);
        Assert.Contains("Vraag 3 van 3", Assert.Single(await member.SayAsync("1")).Text);
        Assert.Contains("Probeer het nog eens", Assert.Single(await member.SayAsync("veel")).Text);
        Assert.Contains("opgeslagen", Assert.Single(await member.SayAsync("6")).Text);

        var saved = await StoredIntroductionAsync(Bot);
        Assert.Equal(("Gemeente Alphen", "beslisser", 6), (saved!.Organisation, saved.Role, saved.HoursPerMonth));
    }

    [Fact]
    public async Task Text_mode_speaks_English_to_an_English_client()
    {
        var member = new DialogConversation(Bot, Channel, locale: "en-US");

        Assert.Contains("Question 1 of 3", Assert.Single(await member.SayAsync("demo text")).Text);
        Assert.Contains("1. Decision maker", Assert.Single(await member.SayAsync("GGD")).Text);
        await member.SayAsync("decision maker");
        Assert.Contains("has been saved", Assert.Single(await member.SayAsync("2")).Text);
    }

    [Fact]
    public async Task The_form_can_switch_to_one_question_at_a_time()
    {
        var member = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await member.SayAsync("demo")).Card!;
        var switchData = form["actions"]![1]!["data"]!.DeepClone().AsObject();

        var replies = await member.SubmitAsync(switchData, CardMessageId, expectedCalls: 2);

        Assert.Contains("één voor één", replies[0].Text);
        Assert.Contains("Vraag 1 van 3", replies[1].Text);
    }

    [Fact]
    public async Task Stop_cancels_the_dialog_and_nothing_is_saved()
    {
        var member = new DialogConversation(Bot, Channel);
        await member.SayAsync("demo tekst");
        await member.SayAsync("GGD");

        Assert.Contains("Gestopt", Assert.Single(await member.SayAsync("annuleer")).Text);
        Assert.Contains("help", Assert.Single(await member.SayAsync("1")).Text); // no longer an answer
        Assert.Contains("geen gesprek", Assert.Single(await member.SayAsync("stop")).Text);
        Assert.Null(await StoredIntroductionAsync(Bot));
    }

    [Fact]
    public async Task A_dialog_continues_after_the_bot_restarts()
    {
        var member = new DialogConversation(Bot, Channel);
        await member.SayAsync("demo tekst");
        await member.SayAsync("Huisartsenzorg");

        using var restarted = new BotApp(new Dictionary<string, string?> { ["Storage:LocalPath"] = Bot.DataFolder });
        var afterRestart = new DialogConversation(restarted, Channel);
        Assert.Contains("Vraag 3 van 3", Assert.Single(await afterRestart.SayAsync("2")).Text);
        Assert.Contains("opgeslagen", Assert.Single(await afterRestart.SayAsync("16")).Text);

        Assert.Equal("Huisartsenzorg", (await StoredIntroductionAsync(restarted))!.Organisation);
    }

    [Fact]
    public async Task A_text_turn_costs_one_read_and_one_write()
    {
        var member = new DialogConversation(Bot, Channel);
        await member.SayAsync("demo tekst");
        using var recorder = new StorageMetricsRecorder(Bot.Services.GetRequiredService<StorageMetrics>());

        await member.SayAsync("GGD");

        Assert.Equal(1, recorder.Sum(StorageMetrics.OperationsName, ("operation", "read")));
        Assert.Equal(1, recorder.Sum(StorageMetrics.OperationsName, ("operation", "write")));
    }

    [Fact]
    public async Task Action_execute_gets_the_confirmation_card_in_the_invoke_response()
    {
        var member = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await member.SayAsync("demo")).Card!;
        var invoke = member.Message(a =>
        {
            a["type"] = "invoke";
            a["name"] = "adaptiveCard/action";
            a.Remove("text");
            a["replyToId"] = CardMessageId;
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = Answers(form, "JGZ", "uitvoerder", "20") }, ["trigger"] = "manual" };
        });

        var response = await Bot.PostActivityAsync(invoke);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("opgeslagen", body["value"]!.ToJsonString());
        Assert.Equal("JGZ", (await StoredIntroductionAsync(Bot))!.Organisation);
    }

    [Fact]
    public async Task An_invoke_without_action_execute_gets_a_400_in_the_body()
    {
        var member = new DialogConversation(Bot, Channel);
        var invoke = member.Message(a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit" } }; });

        var response = await Bot.PostActivityAsync(invoke);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }
}
