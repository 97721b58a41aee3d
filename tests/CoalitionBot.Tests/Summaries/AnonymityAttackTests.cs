using System.Globalization;
using System.Text.Json.Nodes;
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
public sealed class AnonymityAttackTests : BotAndChannelTests
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
    private async Task<string> LookAsync(string topic)
    {
        var summary = Assert.Single(await Lead.SayAsync("samenvatting " + topic)).Card!.ToJsonString();
        var link = new Uri(Assert.Single(await Lead.SayAsync("exporteer")).Card!["actions"]![1]!["url"]!.GetValue<string>());
        using var client = Bot.CreateClient();
        var export = JsonNode.Parse(await client.GetStringAsync(link.PathAndQuery))!.AsObject();
        export.Remove("exportedAt");
        return attacker.Looks(summary + export.ToJsonString());
    }

    [Fact]
    public async Task No_check_in_score_follows_from_two_summaries_taken_around_one_answer_or_one_change()
    {
        await CheckInAsync(Members[0], 6);
        await CheckInAsync(Members[1], 7);
        await CheckInAsync(Members[2], 8);
        var first = await LookAsync("checkin");
        Assert.Contains("de cijfers tellen 3 antwoorden", first);
        Assert.Contains("7,0 (3 antwoorden)", first); // no lowest and highest: with the mean they would give all three scores
        Assert.DoesNotContain(", spreiding ", first);

        // Finding 5: with a fourth answer the mean would become 5,8, and 4 × 5,8 − 3 × 7,0 = 2 is that member's score.
        await CheckInAsync(Members[3], 2);
        Assert.Equal(first, await LookAsync("checkin"));

        // Replacing an answer in the same month moves nothing either: neither the old score nor the new one shows.
        await CheckInAsync(Members[0], 10);
        Assert.Equal(first, await LookAsync("checkin"));

        // A third member acting since the figures were published: now they follow, three changes at once.
        await CheckInAsync(Members[4], 9);
        var second = await LookAsync("checkin");
        Assert.Contains("de cijfers tellen 5 antwoorden", second);
        Assert.Contains("7,2, spreiding 2-10 (5 antwoorden)", second);

        await CheckInAsync(Members[5], 5);
        await CheckInAsync(Members[4], 1);
        Assert.Equal(second, await LookAsync("checkin"));

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
