using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.CheckIns;

/// <summary>The check-in dialog over /api/messages on Azurite (the fixture checks Azurite is up): form and text, Dutch and English, replacing, concurrency.</summary>
public sealed class CheckInEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly string[] Aspects = ["Ambition", "Interests", "Relationship", "Process", "Organisation"];

    /// <summary>The bot's clock, so the month's round a check-in opens is known whenever the test runs (at a month's end too).</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("checkin");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    private CheckInStore Rounds => Bot.Services.GetRequiredService<CheckInStore>();

    /// <summary>The round check-ins went to: without a round opened by a lead, the one the first check-in opened for the month.</summary>
    private Task<CheckInRound?> OpenRoundAsync() => Rounds.OpenRoundAsync(CoalitionSetup.Id, CancellationToken.None);

    private static JsonObject Answers(JsonNode form, int score, string bottleneck = "Te weinig tijd bij de partners", string nextStep = "Werksessie plannen")
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var aspect in Aspects)
        {
            value["score" + aspect] = score.ToString();
            value["remark" + aspect] = "";
        }
        value["remarkRelationship"] = "Goed overleg";
        value["grade"] = score.ToString();
        value["wentWell"] = "";
        value["bottleneck"] = bottleneck;
        value["nextStep"] = nextStep;
        return value;
    }

    [Fact]
    public async Task Form_check_in_is_saved_in_the_current_round_and_a_second_one_replaces_it()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var member = new DialogConversation(Bot, Channel);

        var form = Assert.Single(await member.SayAsync("checkin")).Card!;
        var inputs = form["body"]!.AsArray().Where(e => e!["id"] is not null).Select(e => e!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(14, inputs.Count);
        var confirmation = Assert.Single(await member.SubmitAsync(Answers(form, 7), "card-1"));
        Assert.Contains("opgeslagen", confirmation.Card!.ToJsonString());

        var again = Assert.Single(await member.SayAsync("checkin")).Card!;
        await member.SubmitAsync(Answers(again, 9, bottleneck: "Financiering na 2027"), "card-2");

        var round = await OpenRoundAsync();
        Assert.Equal(CheckInRoundIds.EndOfMonth(Now), round!.End); // the month's round, as no lead opened one
        var answer = Assert.Single(round.Answers).Value;
        Assert.Equal(CoalitionSetup.Katinka.UserId, answer.UserId);
        Assert.All(answer.Scores.Values, score => Assert.Equal(9, score));
        Assert.Equal("Financiering na 2027", answer.Bottleneck);
        Assert.Equal("Goed overleg", answer.Remarks[CheckInAspect.Relationship]);
        Assert.False(answer.Remarks.ContainsKey(CheckInAspect.Ambition)); // empty remarks are left out
    }

    [Fact]
    public async Task Out_of_range_scores_and_missing_answers_are_refused()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var member = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await member.SayAsync("checkin")).Card!;
        var answers = Answers(form, 7);
        answers["scoreProcess"] = "11";
        answers["scoreAmbition"] = "7.5";
        answers["bottleneck"] = "";

        var refusal = Assert.Single(await member.SubmitAsync(answers, "card-1")).Card!.ToJsonString();

        Assert.Contains("van 1 tot en met 10", refusal);
        Assert.Contains("mag niet leeg zijn", refusal);
        Assert.Null(await OpenRoundAsync()); // a round opens with its first answer, not with a refused one
    }

    [Fact]
    public async Task Text_check_in_in_English_asks_fourteen_questions_and_skips_empty_remarks()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var member = new DialogConversation(Bot, Channel, locale: "en-GB");

        var first = Assert.Single(await member.SayAsync("checkin text")).Text!;
        Assert.Contains("Question 1 of 14", first);
        Assert.Contains("Ambition", first);
        foreach (var aspect in Aspects)
        {
            Assert.Contains("(type - to skip)", Assert.Single(await member.SayAsync("8")).Text);
            await member.SayAsync("-");
        }
        Assert.Contains("what went well", Assert.Single(await member.SayAsync("7")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bottleneck", Assert.Single(await member.SayAsync("-")).Text);
        Assert.Contains("next step", Assert.Single(await member.SayAsync("Partners drop out")).Text);
        Assert.Contains("has been saved", Assert.Single(await member.SayAsync("Meet the alderman")).Text);

        var answer = (await OpenRoundAsync())!.Answers[CoalitionSetup.Katinka.UserId];
        Assert.Equal("Partners drop out", answer.Bottleneck);
        Assert.Equal(7, answer.Grade);
        Assert.Null(answer.WentWell);
        Assert.Empty(answer.Remarks);
    }

    [Fact]
    public async Task Someone_outside_every_coalition_is_told_how_to_join()
    {
        var stranger = new DialogConversation(Bot, Channel);

        Assert.Contains("nog niet bij een coalitie", Assert.Single(await stranger.SayAsync("checkin")).Text);
    }

    [Fact]
    public async Task Fifty_members_answering_at_once_lose_no_answer()
    {
        var members = Enumerable.Range(1, 50).Select(i => new Member($"29:member-{i:D2}", $"Lid {i}")).ToArray();
        await CoalitionSetup.InstallAsync(Bot, Channel, members);
        var conversations = members.Select(m => new DialogConversation(Bot, Channel, member: m)).ToArray();
        var forms = new List<JsonNode>();
        foreach (var conversation in conversations) forms.Add(Assert.Single(await conversation.SayAsync("checkin")).Card!);

        var responses = await Task.WhenAll(conversations.Select((c, i) => Bot.PostActivityAsync(c.Message(a =>
        {
            a.Remove("text");
            a["value"] = Answers(forms[i], 1 + i % 10, bottleneck: $"knelpunt {i}");
            a["replyToId"] = "card-" + i;
        }))));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        var round = await OpenRoundAsync();
        Assert.Equal(members.Select(m => m.UserId).Order(), round!.Answers.Keys.Order());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"knelpunt {i}").Order(), round.Answers.Values.Select(a => a.Bottleneck).Order());
    }
}
