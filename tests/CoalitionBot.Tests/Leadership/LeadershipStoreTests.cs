using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>The coalition's leadership document: where it lives, what it holds, and that concurrent writers all count.</summary>
public sealed class LeadershipStoreTests : IDisposable
{
    private static readonly CoalitionId Coalition = new("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", "19:team@thread.tacv2");
    private readonly TempFolder folder = new();
    private readonly LocalDocumentStore store;

    public LeadershipStoreTests() => store = new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance);

    public void Dispose() => folder.Dispose();

    private static LeadershipStore ResultsOn(IDocumentStore store) => new(store, new DocumentUpdater(store), new CoalitionStore(store, new DocumentUpdater(store)));

    private static LeadershipResult Result(int day, LeadershipStyle mostly = Coaching) =>
        LeadershipResultTests.Result(DateTimeOffset.UnixEpoch.AddDays(day), mostly);

    [Fact]
    public async Task Results_are_kept_in_one_document_under_the_coalition()
    {
        var results = ResultsOn(store);

        await results.RecordAsync(Coalition, "29:anna", Result(1), CancellationToken.None);
        await results.RecordAsync(Coalition, "29:bram", Result(2, Supporting), CancellationToken.None);
        await results.RecordAsync(Coalition, "29:anna", Result(3, Delegating), CancellationToken.None);

        Assert.Equal([LeadershipStore.KeyOf(Coalition)], await store.ListKeysAsync(Coalition.StoragePrefix, CancellationToken.None).ToListAsync());
        var saved = (await results.GetAsync(Coalition, CancellationToken.None))!;
        Assert.Equal(Coalition, saved.Coalition);
        Assert.Equal(Delegating, saved.Member("29:anna")!.Latest.DominantStyle);
        Assert.Equal(Coaching, Assert.Single(saved.Member("29:anna")!.Earlier).DominantStyle);
        Assert.Equal(Supporting, saved.Member("29:bram")!.Latest.DominantStyle);
    }

    [Fact]
    public async Task Every_record_carries_its_schema_version()
    {
        var results = ResultsOn(store);
        await results.RecordAsync(Coalition, "29:anna", Result(1), CancellationToken.None);
        await results.RecordAsync(Coalition, "29:anna", Result(2), CancellationToken.None);

        var json = JsonNode.Parse((await store.ReadAsync(LeadershipStore.KeyOf(Coalition), CancellationToken.None))!.Content.Span)!;

        Assert.Equal(CoalitionLeadership.CurrentSchemaVersion, json["schemaVersion"]!.GetValue<int>());
        var anna = json["members"]![0]!;
        Assert.Equal(LeadershipResult.CurrentSchemaVersion, anna["latest"]!["schemaVersion"]!.GetValue<int>());
        Assert.Equal(LeadershipResult.CurrentSchemaVersion, anna["earlier"]![0]!["schemaVersion"]!.GetValue<int>());
        Assert.Equal("Coaching", anna["latest"]!["dominantStyle"]!.GetValue<string>()); // styles by name, readable and stable
        Assert.Equal(7, anna["latest"]!["counts"]!["Coaching"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nothing_answered_yet_reads_as_null()
    {
        Assert.Null(await ResultsOn(store).GetAsync(Coalition, CancellationToken.None));
    }

    [Fact]
    public async Task A_result_saved_by_another_instance_in_between_is_kept()
    {
        // Another instance of the bot (its own updater, so no shared in-process lock) saves bram's result
        // after this instance has read the document and before it writes: the ETag refuses the write, and the retry keeps both.
        var otherInstance = ResultsOn(store);
        await otherInstance.RecordAsync(Coalition, "29:carla", Result(1), CancellationToken.None);
        var interfering = new InterferingStore(store, () => otherInstance.RecordAsync(Coalition, "29:bram", Result(2, Supporting), CancellationToken.None));
        var thisInstance = ResultsOn(interfering);

        await thisInstance.RecordAsync(Coalition, "29:anna", Result(3, Delegating), CancellationToken.None);

        Assert.Equal(1, interfering.Conflicts);
        var saved = (await thisInstance.GetAsync(Coalition, CancellationToken.None))!;
        Assert.Equal(["29:anna", "29:bram", "29:carla"], saved.Members.Select(m => m.UserId).Order());
    }

    [Fact]
    public async Task Many_members_at_once_all_end_up_stored()
    {
        // Separate updaters: each stands for its own instance of the bot, so only the ETag keeps them apart.
        var members = Enumerable.Range(1, 8).Select(i => $"29:member-{i}").ToList();

        await Task.WhenAll(members.Select(member =>
            Task.Run(() => ResultsOn(store).RecordAsync(Coalition, member, Result(1), CancellationToken.None))));

        var saved = (await ResultsOn(store).GetAsync(Coalition, CancellationToken.None))!;
        Assert.Equal(members.Order(), saved.Members.Select(m => m.UserId).Order());
    }

    [Fact]
    public async Task A_document_of_a_newer_schema_is_not_overwritten()
    {
        var key = LeadershipStore.KeyOf(Coalition);
        var newer = """{"schemaVersion":99,"coalition":{"tenantId":"t","teamId":"x"},"members":[],"somethingNew":[1,2,3]}"""u8.ToArray();
        await store.WriteAsync(key, newer, WriteCondition.IfNotExists, CancellationToken.None);

        await Assert.ThrowsAsync<NewerSchemaException>(() =>
            ResultsOn(store).RecordAsync(Coalition, "29:anna", Result(1), CancellationToken.None));

        Assert.Equal(newer, (await store.ReadAsync(key, CancellationToken.None))!.Content.ToArray());
    }

    /// <summary>Runs <paramref name="interfere"/> just before the first conditional write, as another writer would.</summary>
    private sealed class InterferingStore(IDocumentStore inner, Func<Task> interfere) : IDocumentStore
    {
        private bool interfered;

        public int Conflicts { get; private set; }

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
        {
            if (!interfered)
            {
                interfered = true;
                await interfere();
            }
            try { return await inner.WriteAsync(key, content, condition, cancellationToken); }
            catch (ConcurrencyConflictException) { Conflicts++; throw; }
        }

        public Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken) => inner.DeleteAsync(key, ifMatchETag, cancellationToken);

        public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);

        public Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken) => inner.TryAcquireLeaseAsync(key, leaseId, duration, cancellationToken);

        public Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken) => inner.ReleaseLeaseAsync(key, leaseId, cancellationToken);
    }
}
