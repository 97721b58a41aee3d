using System.Text;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// A whole meeting saving into one check-in round, or describing one partner, at the same moment: saves append lines
/// beside the document (<see cref="LinedDocuments{TDocument, TLine}"/>) and never conflict. Every answer is kept once,
/// the figures still change only in steps of the minimum, and closing, erasing and purging fold the lines in first.
/// Several bot instances (each its own <see cref="DocumentUpdater"/>) share one store, as in Azure.
/// </summary>
public abstract class MeetingSavesContract
{
    private const int Minimum = 3;
    private static readonly CoalitionId Team = new("tenant", "19:meeting@thread.tacv2");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 10, 19, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;

    protected abstract IDocumentStore Store { get; }

    /// <summary>One bot instance: its own updater (and so its own remembered versions) over the shared store.</summary>
    private (CheckInStore Rounds, ThreeBsStore Partners) Instance()
    {
        var updater = new DocumentUpdater(Store, clock);
        return (new CheckInStore(Store, updater, new CoalitionStore(Store, updater), clock), new ThreeBsStore(Store, updater));
    }

    private (CheckInStore Rounds, ThreeBsStore Partners)[] Instances(int count) => [.. Enumerable.Range(0, count).Select(_ => Instance())];

    private async Task<CheckInRound> MeetingRoundAsync(CheckInStore rounds)
    {
        await new CoalitionStore(Store, new DocumentUpdater(Store, clock)).UpdateAsync(Team, () => new Coalition { Id = Team, Name = "Overleg", MinimumRespondents = Minimum }, c => c, Timeout);
        return (await rounds.OpenAsync(Team, "overleg 10 november", null, Timeout)).Opened;
    }

    private CheckInAnswer Answer(string userId, int score, DateTimeOffset? at = null) => new()
    {
        UserId = userId,
        Scores = Enum.GetValues<CheckInAspect>().ToDictionary(a => a, _ => score),
        Bottleneck = $"knelpunt {userId} {score}",
        NextStep = "verder",
        AnsweredAt = at ?? clock.GetUtcNow(),
    };

    private ThreeBsDescription Description(string userId, string intention, DateTimeOffset? at = null) => new()
    {
        UserId = userId,
        Intention = intention,
        Interest = "belang",
        Contribution = "bijdrage",
        Influence = 3,
        Involvement = 4,
        DescribedAt = at ?? clock.GetUtcNow(),
    };

    private static string Member(int i) => $"29:member-{i}";

    /// <summary>Every line still stored beside a document: what an erase or a purge must have removed.</summary>
    private async Task<string> LinesBesideAsync(string key)
    {
        var text = new StringBuilder();
        await foreach (var linesKey in Store.ListKeysAsync(key + "/", Timeout))
            if (await Store.ReadAsync(linesKey, Timeout) is { } lines) text.Append(Encoding.UTF8.GetString(lines.Content.Span));
        return text.ToString();
    }

    [Fact]
    public async Task Two_hundred_members_saving_into_one_round_at_once_are_each_kept_once_and_published_in_steps()
    {
        var instances = Instances(4);
        var round = await MeetingRoundAsync(instances[0].Rounds);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => instances[i % 4].Rounds.SaveAsync(Team, round, Answer(Member(i), 1 + i % 10), Timeout))));

        var stored = (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!;
        Assert.Equal(200, stored.Answers.Count);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(1 + i % 10, stored.Answers[Member(i)].Scores[CheckInAspect.Ambition]));
        var lines = (await LinesBesideAsync(CheckInStore.KeyOf(Team, round.RoundId))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        Assert.Equal(200, lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("answer").GetProperty("userId").GetString()).Distinct().Count());
        // As if saved one after another: published at 3, 6, ..., 198 answers, two changes since.
        Assert.Equal(198, stored.Ledger.Counted.Count);
        Assert.Equal(2, stored.Ledger.ChangedSince.Count);
        Assert.Equal(198, stored.Published!.Respondents);
    }

    [Fact]
    public async Task The_figures_a_lead_can_see_only_change_in_steps_of_the_minimum_while_a_meeting_saves()
    {
        var instances = Instances(3);
        var round = await MeetingRoundAsync(instances[0].Rounds);
        var seen = new List<int>();
        var saves = Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => instances[i % 3].Rounds.SaveAsync(Team, round, Answer(Member(i), 5), Timeout))));
        while (!saves.IsCompleted)
        {
            var now = await instances[0].Rounds.GetAsync(Team, round.RoundId, Timeout);
            seen.Add(now?.Published?.Respondents ?? 0);
        }
        await saves;
        seen.Add((await instances[0].Rounds.GetAsync(Team, round.RoundId, Timeout))!.Published!.Respondents);

        Assert.All(seen, respondents => Assert.Equal(0, respondents % Minimum));
        Assert.Equal(60, seen[^1]);
    }

    [Fact]
    public async Task The_newest_answer_of_each_member_wins()
    {
        var instances = Instances(3);
        var round = await MeetingRoundAsync(instances[0].Rounds);

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await instances[i % 3].Rounds.SaveAsync(Team, round, Answer(Member(i), 2), Timeout);
            await instances[(i + 1) % 3].Rounds.SaveAsync(Team, round, Answer(Member(i), 9), Timeout);
        })));

        var stored = (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!;
        Assert.Equal(30, stored.Answers.Count);
        Assert.All(stored.Answers.Values, a => Assert.Equal(9, a.Scores[CheckInAspect.Ambition]));
    }

    [Fact]
    public async Task Two_hundred_members_describing_one_partner_at_once_are_each_kept_once()
    {
        var instances = Instances(4);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => instances[i % 4].Partners.SaveAsync(Team, "ggd", Description(Member(i), $"bedoeling {i}"), Timeout))));
        await instances[1].Partners.SaveAsync(Team, "ggd", Description(Member(7), "tweede keer"), Timeout);

        var stored = (await Instance().Partners.GetAsync(Team, "ggd", Timeout))!;
        Assert.Equal(200, stored.ByMember.Count);
        Assert.Equal(201, stored.Count);
        Assert.Equal("tweede keer", stored.ByMember[Member(7)].Current.Intention);
        Assert.Equal("bedoeling 7", Assert.Single(stored.ByMember[Member(7)].History).Intention);
        Assert.Equal(["ggd"], await instances[0].Partners.PartnerIdsAsync(Team, Timeout));
    }

    [Fact]
    public async Task A_round_closed_while_a_meeting_saves_keeps_every_accepted_answer_and_refuses_the_rest()
    {
        var instances = Instances(4);
        var round = await MeetingRoundAsync(instances[0].Rounds);
        var accepted = new System.Collections.Concurrent.ConcurrentBag<string>();
        var refused = new System.Collections.Concurrent.ConcurrentBag<string>();

        var saves = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            try
            {
                await instances[i % 4].Rounds.SaveAsync(Team, round, Answer(Member(i), 6), Timeout);
                accepted.Add(Member(i));
            }
            catch (CheckInRoundClosedException)
            {
                refused.Add(Member(i));
            }
        })).ToList();
        await Task.Delay(5); // a few saves first, then the lead closes the round among the rest
        var closed = await instances[1].Rounds.CloseAsync(Team, Timeout);
        await Task.WhenAll(saves);

        Assert.NotNull(closed);
        Assert.Equal(100, accepted.Count + refused.Count);
        var stored = (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!;
        Assert.False(stored.IsOpenAt(clock.GetUtcNow()));
        Assert.Null(stored.Lines);
        Assert.Equal(accepted.Order(), stored.Answers.Keys.Order());
        // A closed round publishes every answer it holds.
        Assert.Equal(accepted.Count, stored.Published?.Respondents ?? 0);
        await Assert.ThrowsAsync<CheckInRoundClosedException>(() => instances[2].Rounds.SaveAsync(Team, round, Answer("29:late", 5), Timeout));
    }

    [Fact]
    public async Task Erasing_a_member_removes_their_appended_answers_too()
    {
        var instances = Instances(2);
        var round = await MeetingRoundAsync(instances[0].Rounds);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => instances[i % 2].Rounds.SaveAsync(Team, round, Answer(Member(i), 4), Timeout)));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => instances[i % 2].Partners.SaveAsync(Team, "ggd", Description(Member(i), $"bedoeling van {Member(i)}"), Timeout)));

        Assert.True(await instances[1].Rounds.RemoveMemberAsync(Team, round.RoundId, Member(3), Timeout));
        Assert.True(await instances[1].Partners.RemoveMemberAsync(Team, "ggd", Member(3), Timeout));
        await instances[0].Rounds.SaveAsync(Team, round, Answer(Member(4), 8), Timeout);

        var stored = (await instances[0].Rounds.GetAsync(Team, round.RoundId, Timeout))!;
        Assert.False(stored.Answers.ContainsKey(Member(3)));
        Assert.Equal(9, stored.Answers.Count);
        Assert.Equal(8, stored.Answers[Member(4)].Scores[CheckInAspect.Ambition]);
        Assert.False((await instances[0].Partners.GetAsync(Team, "ggd", Timeout))!.ByMember.ContainsKey(Member(3)));
        Assert.DoesNotContain(Member(3), await LinesBesideAsync(CheckInStore.KeyOf(Team, round.RoundId)));
        Assert.DoesNotContain(Member(3), await LinesBesideAsync(ThreeBsStore.KeyOf(Team, "ggd")));
        Assert.DoesNotContain(Member(3), Encoding.UTF8.GetString((await Store.ReadAsync(ThreeBsStore.KeyOf(Team, "ggd"), Timeout))!.Content.Span));
    }

    [Fact]
    public async Task A_fold_that_dies_before_deleting_its_lines_loses_no_answer_and_the_purge_removes_the_erased_one_it_left()
    {
        var updater = new DocumentUpdater(new FoldDiesBeforeDeletingLines(Store), clock);
        var dying = new CheckInStore(new FoldDiesBeforeDeletingLines(Store), updater, new CoalitionStore(Store, updater), clock);
        var other = Instance();
        var round = await MeetingRoundAsync(other.Rounds);
        foreach (var i in new[] { 1, 2, 3, 4 }) await other.Rounds.SaveAsync(Team, round, Answer(Member(i), 5), Timeout);
        var key = CheckInStore.KeyOf(Team, round.RoundId);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => dying.RemoveMemberAsync(Team, round.RoundId, Member(3), Timeout));

        // The document was written: the erased answer is out of it, and the blob it stays in is named by nothing.
        Assert.Equal([Member(1), Member(2), Member(4)], (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!.Answers.Keys.Order());
        Assert.Contains(Member(3), await LinesBesideAsync(key));
        // An instance that remembered the document from before goes by it no longer than the blob's lock lasts.
        clock.Advance(LeaseRules.MaxDuration);
        await other.Rounds.SaveAsync(Team, round, Answer(Member(5), 6), Timeout);
        Assert.Equal([Member(1), Member(2), Member(4), Member(5)], (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!.Answers.Keys.Order());

        Assert.Equal(0, await Instance().Rounds.PurgeAsync(Team, round.RoundId, clock.GetUtcNow().AddYears(-10), Timeout));

        Assert.DoesNotContain(Member(3), await LinesBesideAsync(key));
        Assert.Equal([Member(1), Member(2), Member(4), Member(5)], (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!.Answers.Keys.Order());
    }

    [Fact]
    public async Task A_line_blob_the_document_names_but_that_is_gone_is_made_again_for_the_next_answer_and_change()
    {
        // As a removal of orphans would leave it, had it come between a blob's start and the document naming it.
        var round = await MeetingRoundAsync(Instance().Rounds);
        var key = CheckInStore.KeyOf(Team, round.RoundId);
        var stored = await Store.ReadAsync(key, Timeout);
        var json = System.Text.Json.Nodes.JsonNode.Parse(stored!.Content.Span)!;
        json["lines"] = "gone";
        await Store.WriteAsync(key, Encoding.UTF8.GetBytes(json.ToJsonString()), WriteCondition.IfMatch(stored.ETag), Timeout);

        await Instance().Rounds.SaveAsync(Team, round, Answer(Member(1), 5), Timeout);
        await Instance().Rounds.SaveAsync(Team, round, Answer(Member(2), 7), Timeout);
        Assert.True(await Instance().Rounds.RemoveMemberAsync(Team, round.RoundId, Member(1), Timeout));

        var after = (await Instance().Rounds.GetAsync(Team, round.RoundId, Timeout))!;
        Assert.Equal([Member(2)], after.Answers.Keys);
        Assert.Equal(7, after.Answers[Member(2)].Scores[CheckInAspect.Ambition]);
    }

    [Fact]
    public async Task The_retention_purge_removes_old_appended_answers_and_keeps_new_ones()
    {
        var instances = Instances(2);
        var round = await MeetingRoundAsync(instances[0].Rounds);
        var old = clock.GetUtcNow().AddMonths(-30);
        await instances[0].Rounds.SaveAsync(Team, round, Answer(Member(1), 4, old), Timeout);
        await instances[1].Rounds.SaveAsync(Team, round, Answer(Member(2), 4), Timeout);
        await instances[0].Partners.SaveAsync(Team, "ggd", Description(Member(1), "oud", old), Timeout);
        await instances[1].Partners.SaveAsync(Team, "ggd", Description(Member(2), "nieuw"), Timeout);

        var cutoff = clock.GetUtcNow().AddMonths(-24);
        Assert.Equal(1, await instances[1].Rounds.PurgeAsync(Team, round.RoundId, cutoff, Timeout));
        Assert.Equal(1, await instances[1].Partners.PurgeAsync(Team, "ggd", cutoff, Timeout));

        Assert.Equal([Member(2)], (await instances[0].Rounds.GetAsync(Team, round.RoundId, Timeout))!.Answers.Keys);
        Assert.Equal([Member(2)], (await instances[0].Partners.GetAsync(Team, "ggd", Timeout))!.ByMember.Keys);
        Assert.DoesNotContain(Member(1), await LinesBesideAsync(CheckInStore.KeyOf(Team, round.RoundId)));
        Assert.DoesNotContain(Member(1), await LinesBesideAsync(ThreeBsStore.KeyOf(Team, "ggd")));
    }

    [Fact]
    public async Task A_document_stored_before_lines_existed_reads_as_before_and_takes_new_answers_beside_it()
    {
        var rounds = Instance().Rounds;
        const string roundId = "2026-11";
        var key = CheckInStore.KeyOf(Team, roundId);
        // A month's round as version 1 stored it: no figures of its own, so published as it stands.
        await Store.WriteAsync(key, Encoding.UTF8.GetBytes("""
            {"schemaVersion":1,"roundId":"ROUND","answers":{"USER":{"userId":"USER","scores":{"Ambition":7},"bottleneck":"b","nextStep":"n","answeredAt":"2026-11-02T10:00:00+00:00"}}}
            """.Replace("ROUND", roundId).Replace("USER", Member(1))), WriteCondition.IfNotExists, Timeout);

        var before = (await rounds.GetAsync(Team, roundId, Timeout))!;
        Assert.Null(before.Lines);
        Assert.Equal(1, before.SchemaVersion);
        Assert.Equal([Member(1)], before.Answers.Keys);
        Assert.Empty(await LinesBesideAsync(key));

        await rounds.SaveAsync(Team, before, Answer(Member(2), 3), Timeout);

        var after = (await Instance().Rounds.GetAsync(Team, roundId, Timeout))!;
        Assert.Equal([Member(1), Member(2)], after.Answers.Keys.Order());
        // What version 1 showed stays published (one answer, the minimum not reached): the new answer waits for more.
        Assert.Equal(1, after.Published!.Respondents);
    }
}

public sealed class BlobMeetingSavesTests(AzuriteContainerFixture azurite) : MeetingSavesContract, IClassFixture<AzuriteContainerFixture>
{
    private readonly IDocumentStore store = new MeteredDocumentStore(
        new BlobDocumentStore(azurite.OtherContainer(azurite.NewContainer("meeting")), Microsoft.Extensions.Logging.Abstractions.NullLogger<BlobDocumentStore>.Instance),
        TestStorageMetrics.Create());

    protected override IDocumentStore Store => store;
}

public sealed class LocalMeetingSavesTests : MeetingSavesContract, IDisposable
{
    private readonly TempFolder folder = new();
    private readonly IDocumentStore store;

    public LocalMeetingSavesTests() => store = new LocalDocumentStore(folder.Path, Microsoft.Extensions.Logging.Abstractions.NullLogger<LocalDocumentStore>.Instance);

    protected override IDocumentStore Store => store;

    public void Dispose() => folder.Dispose();
}
