using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Storage;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>Documents written before the two axes (version 2, results of version 1) still read, and mean what they meant.</summary>
public sealed class OldLeadershipRecordsTests : IDisposable
{
    private static readonly CoalitionId Coalition = new("tenant", "team");
    private readonly TempFolder folder = new();
    private readonly LocalDocumentStore store;

    public OldLeadershipRecordsTests() => store = new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance);

    public void Dispose() => folder.Dispose();

    /// <summary>Three members' results as a bot of version 2 stored them: no fitting answers in the results, no need counts in the figures.</summary>
    private static byte[] VersionTwoDocument()
    {
        var leadership = new[] { AnswerPlan.CoachInNeedOfDirecting, AnswerPlan.DelegatorInNeedOfSupporting, AnswerPlan.TieInNeedOfCoaching }
            .Select((plan, i) => (Id: $"29:m{i}", Result: LeadershipResult.Score(plan.Choices,
                plan.RatingsById.Where(r => r.Key.StartsWith("ability", StringComparison.Ordinal)).ToDictionary(),
                plan.RatingsById.Where(r => r.Key.StartsWith("commitment", StringComparison.Ordinal)).ToDictionary(), DateTimeOffset.UnixEpoch)))
            .Aggregate(new CoalitionLeadership { Coalition = Coalition }, (c, m) => c.WithResult(m.Id, m.Result, minimumRespondents: 3));
        var json = JsonSerializer.SerializeToNode(leadership, LeadershipJsonContext.Default.CoalitionLeadership)!;
        json["schemaVersion"] = 2;
        json["published"]!.AsObject().Remove("needCounts");
        foreach (var member in json["members"]!.AsArray())
        {
            member!["latest"]!["schemaVersion"] = 1;
            member["latest"]!.AsObject().Remove("fittingAnswers");
        }
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary>The store, holding <see cref="VersionTwoDocument"/>.</summary>
    private async Task<LeadershipStore> StoredVersionTwoAsync()
    {
        await store.WriteAsync(LeadershipStore.KeyOf(Coalition), VersionTwoDocument(), WriteCondition.IfNotExists, CancellationToken.None);
        return new LeadershipStore(store, new DocumentUpdater(store), new CoalitionStore(store, new DocumentUpdater(store)));
    }

    [Fact]
    public async Task Results_of_version_one_read_and_their_flexibility_is_scored_from_the_stored_choices()
    {
        var results = await StoredVersionTwoAsync();

        var read = (await results.GetAsync(Coalition, CancellationToken.None))!;

        var coach = read.Member("29:m0")!.Latest;
        Assert.Null(coach.FittingAnswers);
        Assert.Equal((1, 10), (coach.Profile.FittingAnswers, coach.Profile.Situations)); // only "referrals" was answered with its style
        Assert.Equal(3, coach.StylesChosenTwice); // what version 1 called flexibility, kept as it was
    }

    [Fact]
    public async Task Figures_published_without_need_counts_show_the_need_the_mean_called_for()
    {
        var results = await StoredVersionTwoAsync();

        var summary = LeadershipSummary.Of(await results.GetAsync(Coalition, CancellationToken.None), minimumRespondents: 3);

        Assert.True(summary.ShowsFigures);
        Assert.Equal(3, summary.Respondents);
        var needed = summary.Development!.NeededStyle;
        Assert.Equal([needed], summary.Need!.Styles);
        Assert.Equal(3, summary.Need.Counts[needed]);
    }

    [Fact]
    public async Task A_new_answer_on_an_old_document_writes_the_current_version_and_keeps_the_published_figures()
    {
        var results = await StoredVersionTwoAsync();
        var before = (await results.GetAsync(Coalition, CancellationToken.None))!.Published;

        var saved = await results.RecordAsync(Coalition, "29:m0", LeadershipResultTests.Result(DateTimeOffset.UnixEpoch.AddDays(1), Delegating), CancellationToken.None);

        Assert.Equal(CoalitionLeadership.CurrentSchemaVersion, saved.SchemaVersion);
        // One changed answer is below the minimum: nothing is republished.
        Assert.Equal((before!.Respondents, before.Ability, before.Commitment), (saved.Published!.Respondents, saved.Published.Ability, saved.Published.Commitment));
        Assert.Null(saved.Published.NeedCounts);
        Assert.NotNull(saved.Member("29:m0")!.Latest.FittingAnswers);
    }
}
