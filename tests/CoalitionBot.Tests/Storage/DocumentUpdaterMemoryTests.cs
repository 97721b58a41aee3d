using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Authentication;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// The updater remembers the version it last read or wrote: its next change is one write without a read, and
/// another instance's write in between is caught by the ETag, so nothing is lost.
/// </summary>
public sealed class DocumentUpdaterMemoryTests : IDisposable
{
    private static readonly CoalitionId Id = new("tenant", "team");
    private static readonly string Key = CoalitionStore.KeyOf(Id);
    private readonly TempFolder folder = new();
    private readonly StorageMetrics metrics = TestStorageMetrics.Create();
    private readonly StorageCallTotals calls;
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly IDocumentStore store;
    private readonly DocumentUpdater thisInstance, otherInstance;

    public DocumentUpdaterMemoryTests()
    {
        calls = new StorageCallTotals(metrics);
        store = new MeteredDocumentStore(new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance), metrics);
        thisInstance = new DocumentUpdater(store, clock);
        otherInstance = new DocumentUpdater(store, clock);
    }

    public void Dispose()
    {
        calls.Dispose();
        folder.Dispose();
    }

    private static Task<Coalition> AddAsync(DocumentUpdater updater, string userId) =>
        updater.UpdateAsync(Key, CoalitionJsonContext.Default.Coalition, c => (c ?? new Coalition { Id = Id }).WithMember(userId, userId, null), CancellationToken.None);

    private (long Reads, long Writes) Counted() =>
        (calls.Snapshot().Operations.GetValueOrDefault("read"), calls.Snapshot().Operations.GetValueOrDefault("write"));

    [Fact]
    public async Task A_second_change_by_the_same_instance_is_one_write_without_a_read()
    {
        await AddAsync(thisInstance, "29:a");
        var before = Counted();

        await AddAsync(thisInstance, "29:b");

        Assert.Equal((before.Reads, before.Writes + 1), Counted());
        Assert.Equal(2, (await store.ReadJsonAsync(Key, CoalitionJsonContext.Default.Coalition, CancellationToken.None))!.Value.Members.Count);
    }

    [Fact]
    public async Task A_change_another_instance_made_in_between_is_kept()
    {
        await AddAsync(thisInstance, "29:a");
        await AddAsync(otherInstance, "29:b");

        var saved = await AddAsync(thisInstance, "29:c");

        var stored = (await store.ReadJsonAsync(Key, CoalitionJsonContext.Default.Coalition, CancellationToken.None))!.Value;
        Assert.Equal(["29:a", "29:b", "29:c"], saved.Members.Select(m => m.UserId).Order());
        Assert.Equal(["29:a", "29:b", "29:c"], stored.Members.Select(m => m.UserId).Order());
    }

    [Fact]
    public async Task Nothing_to_do_on_the_remembered_version_is_checked_against_the_stored_one()
    {
        await AddAsync(thisInstance, "29:a");
        await otherInstance.ChangeExistingAsync(Key, CoalitionJsonContext.Default.Coalition, c => c.WithoutMember("29:a"), CancellationToken.None);

        await AddAsync(thisInstance, "29:a"); // remembered: already a member; stored: not any more

        Assert.NotNull((await store.ReadJsonAsync(Key, CoalitionJsonContext.Default.Coalition, CancellationToken.None))!.Value.Member("29:a"));
    }

    [Fact]
    public async Task A_recent_read_shows_own_changes_at_once_and_another_instances_after_the_given_time()
    {
        var maxAge = TimeSpan.FromSeconds(5);
        await AddAsync(thisInstance, "29:a");
        await AddAsync(otherInstance, "29:b");

        var recent = await thisInstance.ReadRecentAsync(Key, CoalitionJsonContext.Default.Coalition, maxAge, CancellationToken.None);
        Assert.Null(recent!.Member("29:b"));

        clock.Advance(maxAge + TimeSpan.FromMilliseconds(1));
        recent = await thisInstance.ReadRecentAsync(Key, CoalitionJsonContext.Default.Coalition, maxAge, CancellationToken.None);
        Assert.NotNull(recent!.Member("29:b"));
    }
}
