using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Leadership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Summaries;

/// <summary>
/// A lead who wants to know one member's answer asks for the summary (and the export) before and after that member
/// answers or changes their answer, and subtracts. Members answer over /api/messages as in Teams; the lead watches who
/// acts in between. The figures only ever change after at least the minimum number of members (3) acted, so no
/// difference between two of them is one member's answer.
/// </summary>
public sealed partial class AnonymityAttackTests : BotAndChannelTests
{
    private const int Minimum = 3;
    private static readonly Member[] Members = [.. Enumerable.Range(1, 6).Select(i => new Member($"29:member-{i}", $"Lid {i}"))];
    private static readonly string[] Aspects = ["Ambition", "Interests", "Relationship", "Process", "Organisation"];

    // A fixed moment in a round, so every answer of the test falls in the same month.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly Attacker attacker = new();

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Members);
    }

    private DialogConversation Lead => new(Bot, Channel, member: CoalitionSetup.Installer);

    private async Task CheckInAsync(Member member, int score)
    {
        var conversation = new DialogConversation(Bot, Channel, member: member);
        var value = Assert.Single(await conversation.SayAsync("checkin")).Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var aspect in Aspects) value["score" + aspect] = score.ToString(CultureInfo.InvariantCulture);
        value["grade"] = score.ToString(CultureInfo.InvariantCulture);
        value["bottleneck"] = $"knelpunt van {member.Name} ({score})";
        value["nextStep"] = "volgende stap";
        await conversation.SubmitAsync(value, "card-checkin");
        attacker.Saw(member);
    }

    private async Task LeadershipAsync(Member member, AnswerPlan plan)
    {
        var conversation = new DialogConversation(Bot, Channel, member: member);
        await conversation.SubmitAsync(LeadershipForm.Answers(Assert.Single(await conversation.SayAsync("leiderschap")).Card!, plan), "card-leadership");
        attacker.Saw(member);
    }

    /// <summary>Everything the lead gets to see of the figures: the summary card and the JSON export (without its time of export).</summary>
    /// <param name="figures">False for a view that shows no figures at all (an open round): nothing in it to subtract.</param>
    private async Task<string> LookAsync(string topic, bool figures = true)
    {
        // The summary's cards (a second one holds the trend once two rounds have figures).
        var summary = string.Concat((await Lead.SayAsync("samenvatting " + topic)).Select(call => call.Card!.ToJsonString()));
        var link = new Uri(Assert.Single(await Lead.SayAsync("exporteer")).Card!["actions"]![1]!["url"]!.GetValue<string>());
        using var client = Bot.CreateClient();
        var export = JsonNode.Parse(await client.GetStringAsync(link.PathAndQuery))!.AsObject();
        export.Remove("exportedAt");
        lastSummary = summary;
        // How many checked in so far is told on purpose: a count, not a score.
        var view = OpenRoundProgress().Replace(summary, "") + export.ToJsonString();
        return figures ? attacker.Looks(view) : view;
    }

    /// <summary>The last summary card as the lead got it, with the open round's count.</summary>
    private string lastSummary = "";

    [GeneratedRegex(@"(?:\\n\\n)?De ronde \*\*[^*]+\*\* loopt nog: \d+ check-ins? tot nu toe\. De cijfers volgen als ze sluit\.")]
    private static partial Regex OpenRoundProgress();

    [Fact]
    public async Task No_check_in_score_follows_from_the_summaries_of_a_round_before_and_after_it_closes()
    {
        await CheckInAsync(Members[0], 6);
        await CheckInAsync(Members[1], 7);
        await CheckInAsync(Members[2], 8);
        var open = await LookAsync("checkin", figures: false);
        Assert.Contains("3 check-ins tot nu toe", lastSummary);
        Assert.DoesNotContain("7,0", open); // an open round shows no figures, in the summary or in the export

        await CheckInAsync(Members[3], 2);
        Assert.Equal(open, await LookAsync("checkin", figures: false)); // one more answer: only the count moved
        await CheckInAsync(Members[0], 10); // replacing an answer while the round is open
        Assert.Equal(open, await LookAsync("checkin", figures: false));

        await Lead.SayAsync("ronde sluit");
        var closed = await LookAsync("checkin");
        Assert.Contains("de cijfers tellen 4 antwoorden", closed);
        Assert.Contains("6,8 (4 antwoorden)", closed); // every answer at once, without lowest and highest
        Assert.DoesNotContain(", spreiding ", closed);

        // The next round: the closed round's figures stay as they are until it closes too.
        await CheckInAsync(Members[4], 9);
        Assert.Equal(closed, await LookAsync("checkin"));
        await CheckInAsync(Members[5], 5);
        await CheckInAsync(Members[1], 1);
        await Lead.SayAsync("ronde sluit");
        Assert.Contains("de cijfers tellen 3 antwoorden", await LookAsync("checkin"));

        attacker.AssertNoSingleAnswerFollows(Minimum);
    }

    [Fact]
    public async Task No_leadership_answer_follows_from_two_summaries_taken_around_one_answer_or_one_change()
    {
        await LeadershipAsync(Members[0], AnswerPlan.CoachInNeedOfDirecting);
        await LeadershipAsync(Members[1], AnswerPlan.DelegatorInNeedOfSupporting);
        await LeadershipAsync(Members[2], AnswerPlan.TieInNeedOfCoaching);
        var first = await LookAsync("leiderschap");
        Assert.Contains("3 leden vulden", first);

        await LeadershipAsync(Members[3], AnswerPlan.DelegatorInNeedOfSupporting);
        Assert.Equal(first, await LookAsync("leiderschap"));
        await LeadershipAsync(Members[0], AnswerPlan.DelegatorInNeedOfSupporting);
        Assert.Equal(first, await LookAsync("leiderschap"));

        await LeadershipAsync(Members[4], AnswerPlan.CoachInNeedOfDirecting);
        Assert.Contains("5 leden vulden", await LookAsync("leiderschap"));

        attacker.AssertNoSingleAnswerFollows(Minimum);
    }

    /// <summary>A check-in with a score per aspect (in the order of <see cref="Aspects"/>) and a remark on ambition.</summary>
    private async Task CheckInAsync(Member member, int[] scores, string remark)
    {
        var conversation = new DialogConversation(Bot, Channel, member: member);
        var value = Assert.Single(await conversation.SayAsync("checkin")).Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        for (var i = 0; i < Aspects.Length; i++) value["score" + Aspects[i]] = scores[i].ToString(CultureInfo.InvariantCulture);
        value["remarkAmbition"] = remark;
        value["grade"] = "7";
        value["bottleneck"] = "knelpunt";
        value["nextStep"] = "volgende stap";
        await conversation.SubmitAsync(value, "card-checkin");
        attacker.Saw(member);
    }

    [Fact]
    public async Task How_many_gave_each_score_shows_only_where_it_names_nobodys_score_and_the_remarks_name_nobody()
    {
        // Ambition 4, 6, 6, 8, 9: may show. Interests 7, 7, 7, 7, 3: all but one gave a 7, so each 7 would know the 3's
        // score and the 3 everyone's. Relationship all 8. Process and organisation as ambition, in another order.
        int[][] scores = [[4, 7, 8, 9, 6], [6, 7, 8, 6, 8], [6, 7, 8, 4, 9], [8, 7, 8, 8, 4], [9, 3, 8, 6, 6]];
        for (var i = 0; i < 5; i++) await CheckInAsync(Members[i], scores[i], i % 2 == 0 ? $"Toelichting van {Members[i].Name}" : "Meer tijd nodig");
        await Lead.SayAsync("ronde sluit");

        var view = await LookAsync("checkin");

        Assert.Contains("Hoeveel leden welk cijfer gaven", lastSummary);
        Assert.Contains("Ambitie: cijfer 4: 1, cijfer 6: 2, cijfer 8: 1, cijfer 9: 1", lastSummary);
        Assert.Contains("Proces: cijfer 4: 1, cijfer 6: 2, cijfer 8: 1, cijfer 9: 1", lastSummary);
        Assert.DoesNotContain("Belangen: cijfer", lastSummary);
        Assert.DoesNotContain("Relatie: cijfer", lastSummary);
        Assert.DoesNotContain("cijfer 7", lastSummary);
        Assert.DoesNotContain("cijfer 3", lastSummary);
        Assert.Contains("6,2 (5 antwoorden)", lastSummary); // interests: the mean only, as before
        // The remarks: each once, alphabetically, without the member's name or their place in the order of answering.
        Assert.Contains("Toelichting bij Ambitie", lastSummary);
        Assert.Contains("- Meer tijd nodig\\n- Toelichting van Lid 1\\n- Toelichting van Lid 3\\n- Toelichting van Lid 5", lastSummary);
        Assert.DoesNotContain("Meer tijd nodig (2", lastSummary);

        // The next round, of three answers: figures, but no distribution below five scores, and nothing of the round before.
        await CheckInAsync(Members[5], [2, 5, 7, 9, 10], "Nieuw");
        await CheckInAsync(Members[0], [3, 5, 7, 9, 10], "Nieuw");
        Assert.Equal(view, await LookAsync("checkin"));
        await CheckInAsync(Members[1], [4, 5, 7, 9, 10], "Nieuw");
        await Lead.SayAsync("ronde sluit");
        Assert.NotEqual(view, await LookAsync("checkin"));
        Assert.Contains("de cijfers tellen 3 antwoorden", lastSummary);
        Assert.DoesNotContain("Hoeveel leden welk cijfer gaven", lastSummary);
        Assert.DoesNotContain(": cijfer ", lastSummary);
        attacker.AssertNoSingleAnswerFollows(Minimum);
    }

    /// <summary>
    /// What the lead knows: every view they got, and who answered or changed an answer between two views. A view that
    /// differs from the one before it tells them about the members who acted since the view before that changed.
    /// </summary>
    private sealed class Attacker
    {
        private readonly HashSet<string> actedSinceChange = [];
        private readonly List<int> actedAtChanges = [];
        private string? lastView;

        public void Saw(Member member) => actedSinceChange.Add(member.UserId);

        public string Looks(string view)
        {
            if (view != lastView)
            {
                if (lastView is not null) actedAtChanges.Add(actedSinceChange.Count);
                actedSinceChange.Clear();
                lastView = view;
            }
            return view;
        }

        /// <summary>Every change the lead saw mixes at least <paramref name="minimum"/> members' answers: subtracting isolates none.</summary>
        public void AssertNoSingleAnswerFollows(int minimum)
        {
            Assert.NotEmpty(actedAtChanges);
            Assert.All(actedAtChanges, acted => Assert.True(acted >= minimum, $"The figures changed after only {acted} member(s) acted."));
        }
    }
}
