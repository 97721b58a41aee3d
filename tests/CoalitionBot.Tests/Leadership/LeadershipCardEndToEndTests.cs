using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.Cards;
using CoalitionBot.Leadership;
using CoalitionBot.Tests.Cards;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>
/// The leadership dialog as a form card through /api/messages: the form as Teams gets it, a submission
/// as Teams sends it, the result card that replaces the form, and what was stored.
/// </summary>
public sealed class LeadershipCardEndToEndTests : BotAndChannelTests
{
    /// <summary>The bot's clock: a result records when it was given.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    [Fact]
    public async Task A_member_fills_in_the_Dutch_form_in_their_chat_and_gets_their_result()
    {
        var member = new LeadershipChat(Bot, Channel, LeadershipChat.MemberId);
        await member.JoinTheTeamAsync();

        var reply = Assert.Single(await member.SayAsync("leiderschap"));
        Assert.Null(reply.Text);
        var form = reply.Card!;

        Assert.Equal("Leiderschapsstijl", form["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(LeadershipForm.ExpectedIds, LeadershipForm.Inputs(form).Select(i => i["id"]!.GetValue<string>()));
        using (new CultureScope("nl-NL"))
        {
            var kickOff = LeadershipSituations.All[0];
            Assert.Equal(kickOff.Text(), LeadershipForm.Input(form, kickOff.Id)["label"]!.GetValue<string>());
            Assert.Equal(LeadershipForm.ChoiceValues(form, kickOff.Id).Select(v => kickOff.Option(Enum.Parse<LeadershipStyle>(v))), LeadershipForm.ChoiceTitles(form, kickOff.Id));
        }
        var rating = LeadershipForm.Input(form, "ability-skills");
        Assert.Equal(("Input.Number", 1, 5), (rating["type"]!.GetValue<string>(), rating["min"]!.GetValue<int>(), rating["max"]!.GetValue<int>()));
        Assert.EndsWith("(1 = helemaal niet, 3 = deels, 5 = helemaal)", rating["label"]!.GetValue<string>());

        var update = Assert.Single(await member.SubmitAsync(LeadershipForm.Answers(form, AnswerPlan.CoachInNeedOfDirecting)));

        Assert.Equal("PUT", update.Method);
        Assert.EndsWith($"/activities/{LeadershipChat.CardMessageId}", update.Path);
        var result = update.Card!;
        await AdaptiveCardSchema.AssertValidAsync(result.ToJsonString());
        var texts = Texts(result);
        Assert.Contains("Jouw leiderschapsstijl", texts);
        Assert.Contains("Je neigt naar **begeleiden**; je coalitie vraagt nu om **sturen**.", texts);
        // Begeleiden is as directive as sturen: the advice is about less discussion, never about letting go less.
        Assert.Contains(texts, t => t.StartsWith("- Je geeft al duidelijke richting; overleg en uitleg kunnen nu korter.", StringComparison.Ordinal));
        Assert.Equal(["Sturen: 2", "Begeleiden: 6", "Ondersteunen: 2", "Delegeren: 0", "Flexibiliteit: passend in 1 van de 10 situaties", "Bekwaamheid: 2,3 van 5", "Betrokkenheid: 4,3 van 5", "Passende stijl: Sturen"], Facts(result));

        var stored = (await member.StoredAsync())!;
        Assert.Equal(AnswerPlan.CoachInNeedOfDirecting.Choices, stored.Latest.Choices);
        Assert.Equal(new Dictionary<string, int> { ["ability-knows-what"] = 2, ["ability-skills"] = 2, ["ability-experience"] = 3 }, stored.Latest.AbilityRatings);
        Assert.Equal(new Dictionary<string, int> { ["commitment-importance"] = 4, ["commitment-effort"] = 4, ["commitment-confidence"] = 5 }, stored.Latest.CommitmentRatings);
        Assert.Equal((Coaching, 1, Directing), (stored.Latest.DominantStyle, stored.Latest.FittingAnswers, stored.Latest.NeededStyle));
        Assert.Equal(7 / 3.0, stored.Latest.Ability, 10);
        Assert.Equal(13 / 3.0, stored.Latest.Commitment, 10);
        Assert.Equal(Now, stored.Latest.AnsweredAt);
        Assert.Empty(stored.Earlier);
    }

    [Fact]
    public async Task The_form_is_a_valid_card_within_Teams_size_limit_with_options_in_varying_order()
    {
        var member = new LeadershipChat(Bot, Channel, LeadershipChat.LeadId);
        await member.JoinTheTeamAsync();

        var form = Assert.Single(await member.SayAsync("leiderschap")).Card!;

        await AdaptiveCardSchema.AssertValidAsync(form.ToJsonString());
        Assert.InRange(Encoding.UTF8.GetByteCount(form.ToJsonString()), 1, AdaptiveCardSerializer.TeamsSizeLimitBytes);
        var orders = LeadershipSituations.All.Select(s => LeadershipForm.ChoiceValues(form, s.Id)).ToList();
        Assert.All(orders, order => Assert.Equal(Enum.GetNames<LeadershipStyle>().Order(), order.Order()));
        Assert.True(orders.Select(o => string.Join(",", o)).Distinct().Count() > 1, "Every situation shows its options in the same order.");
    }

    [Fact]
    public async Task A_lead_answers_in_English_after_a_refused_submission()
    {
        var lead = new LeadershipChat(Bot, Channel, LeadershipChat.LeadId, locale: "en-US");
        await lead.JoinTheTeamAsync();
        var form = Assert.Single(await lead.SayAsync("leadership")).Card!;
        Assert.Equal("Leadership style", form["body"]![0]!["text"]!.GetValue<string>());
        Assert.EndsWith("(1 = not at all, 3 = partly, 5 = completely)", LeadershipForm.Input(form, "commitment-effort")["label"]!.GetValue<string>());

        var wrong = LeadershipForm.Answers(form, AnswerPlan.DelegatorInNeedOfSupporting);
        wrong["monitor"] = "Bossing";
        wrong["commitment-effort"] = "9";
        var refusal = Assert.Single(await lead.SubmitAsync(wrong)).Card!;

        var refusalJson = refusal.ToJsonString();
        Assert.Contains("Not everything was filled in correctly", refusalJson);
        Assert.Contains("Choose one of the options", refusalJson);
        Assert.Contains("Give a whole number from 1 to 5.", refusalJson);
        // The form shown again keeps each situation's order, so what the member saw does not move.
        Assert.All(LeadershipSituations.All, s => Assert.Equal(LeadershipForm.ChoiceValues(form, s.Id), LeadershipForm.ChoiceValues(refusal, s.Id)));
        Assert.Null(await lead.StoredAsync());

        var update = Assert.Single(await lead.SubmitAsync(LeadershipForm.Answers(form, AnswerPlan.DelegatorInNeedOfSupporting)));

        Assert.Equal("PUT", update.Method);
        await AdaptiveCardSchema.AssertValidAsync(update.Card!.ToJsonString());
        var texts = Texts(update.Card!);
        Assert.Contains("Your leadership style", texts);
        Assert.Contains("You lean towards **delegating**; your coalition now asks for **supporting**.", texts);
        Assert.Contains("Ability: 4.3 out of 5", Facts(update.Card!));
        var stored = (await lead.StoredAsync())!;
        Assert.Equal((Delegating, Supporting), (stored.Latest.DominantStyle, stored.Latest.NeededStyle));
        Assert.Equal(AnswerPlan.DelegatorInNeedOfSupporting.Choices, stored.Latest.Choices);
    }

    [Fact]
    public async Task Answering_again_keeps_the_earlier_result_as_history()
    {
        var member = new LeadershipChat(Bot, Channel, LeadershipChat.MemberId);
        await member.JoinTheTeamAsync();
        var first = Assert.Single(await member.SayAsync("leiderschap")).Card!;
        await member.SubmitAsync(LeadershipForm.Answers(first, AnswerPlan.CoachInNeedOfDirecting));

        var second = Assert.Single(await member.SayAsync("leiderschap")).Card!;
        await member.SubmitAsync(LeadershipForm.Answers(second, AnswerPlan.DelegatorInNeedOfSupporting));

        var stored = (await member.StoredAsync())!;
        Assert.Equal(Delegating, stored.Latest.DominantStyle);
        Assert.Equal(Coaching, Assert.Single(stored.Earlier).DominantStyle);
    }

    private static List<string> Texts(JsonNode card) =>
        [.. card.DescendantsOfType("TextBlock").Select(t => t["text"]!.GetValue<string>())];

    private static List<string> Facts(JsonNode card) =>
        [.. card.DescendantsOfType("FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => $"{f!["title"]!.GetValue<string>()}: {f["value"]!.GetValue<string>()}")];
}

internal static class CardJson
{
    /// <summary>Elements of a type anywhere in the card (inside containers too), in document order.</summary>
    public static IEnumerable<JsonNode> DescendantsOfType(this JsonNode node, string type)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValue<string>() == type) yield return obj;
            foreach (var (_, child) in obj)
                if (child is not null) foreach (var found in child.DescendantsOfType(type)) yield return found;
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
                if (child is not null) foreach (var found in child.DescendantsOfType(type)) yield return found;
        }
    }
}
