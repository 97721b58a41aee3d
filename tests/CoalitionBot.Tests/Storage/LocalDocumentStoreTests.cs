using System.Text;
using CoalitionBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Storage;

public sealed class LocalDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LocalDocumentStore _store;

    public LocalDocumentStoreTests() => _store = NewStore();

    protected override IDocumentStore Store => _store;

    public void Dispose() => _folder.Dispose();

    private LocalDocumentStore NewStore() => new(_folder.Path, NullLogger<LocalDocumentStore>.Instance);

    /// <summary>Where a key without ".json" folder segments lives on disk.</summary>
    private string FileOf(string key) => Path.Combine(_folder.Path, key.Replace('/', Path.DirectorySeparatorChar) + ".json");

    [Fact]
    public async Task A_temporary_file_left_by_a_crashed_write_is_neither_listed_nor_read()
    {
        var key = Key("polls", "7");
        var eTag = await _store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);
        // What a crash between writing the temporary file and renaming it leaves behind: a half-written newer version.
        var folder = Path.GetDirectoryName(FileOf(key))!;
        await File.WriteAllTextAsync(Path.Combine(folder, $"{Guid.NewGuid():N}.tmp"), "\"crashed\"\n{\"v\":2, \"trunc", Timeout);
        await File.WriteAllTextAsync(Path.Combine(folder, "stray file.json"), "not a document of ours", Timeout);

        var listed = await _store.ListKeysAsync(Prefix("polls"), Timeout).ToListAsync(Timeout);
        var read = await _store.ReadAsync(key, Timeout);

        Assert.Equal([key], listed);
        Assert.Equal("""{"v":1}""", Text(read!));
        Assert.Equal(eTag, read!.ETag);
        // And the store keeps working next to it.
        await _store.WriteAsync(key, Json("""{"v":3}"""), WriteCondition.IfMatch(eTag), Timeout);
    }

    [Fact]
    public async Task A_write_leaves_no_temporary_file_behind()
    {
        var key = Key("polls", "7");
        await _store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout);
        await _store.WriteAsync(key, Json("{}"), WriteCondition.Always, Timeout);

        Assert.Equal([FileOf(key)], Directory.GetFiles(Path.GetDirectoryName(FileOf(key))!));
    }

    [Fact]
    public async Task Documents_survive_a_new_store_instance_on_the_same_folder()
    {
        var key = Key("conversations", "19:abc@thread.tacv2;messageid=1");
        var eTag = await _store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);

        var reopened = NewStore();
        var read = await reopened.ReadAsync(key, Timeout);

        Assert.Equal("""{"v":1}""", Text(read!));
        Assert.Equal(eTag, read!.ETag);
        Assert.Equal([key], await reopened.ListKeysAsync(Prefix("conversations"), Timeout).ToListAsync(Timeout));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => reopened.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout));
    }

    [Fact]
    public async Task Of_two_stores_on_one_folder_racing_to_create_a_document_exactly_one_wins()
    {
        // Two instances have separate in-process locks, like two processes: only the lock file keeps them apart.
        var first = NewStore();
        var second = NewStore();
        const int Rounds = 100;

        for (var round = 0; round < Rounds; round++)
        {
            var key = Key("race", round.ToString());
            using var start = new Barrier(2);
            var attempts = new[] { (Store: first, Name: "first"), (Store: second, Name: "second") }
                .Select(c => Task.Run(async () =>
                {
                    start.SignalAndWait(Timeout);
                    try
                    {
                        await c.Store.WriteAsync(key, Json($"\"{c.Name}\""), WriteCondition.IfNotExists, Timeout);
                        return c.Name;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        return null;
                    }
                }))
                .ToArray();

            var winners = (await Task.WhenAll(attempts)).OfType<string>().ToList();

            var winner = Assert.Single(winners);
            Assert.Equal($"\"{winner}\"", Text((await first.ReadAsync(key, Timeout))!));
        }
    }

    [Fact]
    public async Task Read_modify_write_through_two_stores_on_one_folder_loses_no_update()
    {
        var stores = new[] { NewStore(), NewStore() };
        var key = Key("counter");
        await stores[0].WriteAsync(key, Json("0"), WriteCondition.IfNotExists, Timeout);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var store = stores[i % 2];
            while (true)
            {
                var current = await store.ReadAsync(key, Timeout);
                try
                {
                    await store.WriteAsync(key, Json((int.Parse(Text(current!)) + 1).ToString()), WriteCondition.IfMatch(current!.ETag), Timeout);
                    return;
                }
                catch (ConcurrencyConflictException) { }
            }
        })));

        Assert.Equal("20", Text((await stores[1].ReadAsync(key, Timeout))!));
    }

    [Fact]
    public async Task The_etag_and_content_are_stored_together_in_one_file()
    {
        var key = Key("poll");
        var eTag = await _store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);

        var file = await File.ReadAllTextAsync(FileOf(key), Encoding.UTF8, Timeout);

        Assert.Equal(eTag + "\n" + """{"v":1}""", file);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_reported_as_storage_unavailable()
    {
        // A file where the store's folder should be: every write fails, as with a full disk or missing permission.
        var blocked = Path.Combine(_folder.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "", Timeout);
        var store = new LocalDocumentStore(blocked, NullLogger<LocalDocumentStore>.Instance);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.WriteAsync("a", Json("{}"), WriteCondition.Always, Timeout));
    }

    [Fact]
    public async Task Files_the_store_did_not_write_are_not_listed()
    {
        var key = Key("polls", "7");
        await _store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout);
        var polls = Path.GetDirectoryName(FileOf(key))!;
        // A folder spelled as the store never spells it ("x.json" without its '~'), and a name with an unescaped character.
        Directory.CreateDirectory(Path.Combine(polls, "x.json"));
        await File.WriteAllTextAsync(Path.Combine(polls, "x.json", "y.json"), "\"e\"\n{}", Timeout);
        await File.WriteAllTextAsync(Path.Combine(polls, "a:b.json"), "\"e\"\n{}", Timeout);

        Assert.Equal([key], await _store.ListKeysAsync(ScopePrefix, Timeout).ToListAsync(Timeout));
    }
}
