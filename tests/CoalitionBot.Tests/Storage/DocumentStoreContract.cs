using System.Text;
using CoalitionBot.Storage;

namespace CoalitionBot.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IDocumentStore"/> must have. Each backend's test class derives from this one,
/// so both run exactly the same checks.
/// </summary>
public abstract class DocumentStoreContract
{
    /// <summary>Each test works under its own first segment, so tests sharing a container never see each other's keys.</summary>
    private readonly string _scope = "t" + Guid.NewGuid().ToString("N")[..12];

    protected abstract IDocumentStore Store { get; }

    /// <summary>Fails a test that hangs instead of letting it block the run.</summary>
    protected static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    protected string ScopePrefix => _scope + "/";

    protected string Key(params string[] segments) => _scope + "/" + StorageKey.Of(segments);

    protected string Prefix(params string[] segments) => Key(segments) + "/";

    protected static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(StoredDocument document) => Encoding.UTF8.GetString(document.Content.Span);

    [Fact]
    public async Task Reading_a_missing_key_returns_null()
    {
        Assert.Null(await Store.ReadAsync(Key("missing"), Timeout));
    }

    [Fact]
    public async Task A_written_document_reads_back_with_the_same_bytes_and_etag()
    {
        var key = Key("conversations", "19:abc@thread.tacv2;messageid=1");
        var bytes = Json("""{"question":"Lunch?","options":["yes","no"],"é":"ü"}""");

        var eTag = await Store.WriteAsync(key, bytes, WriteCondition.IfNotExists, Timeout);
        var read = await Store.ReadAsync(key, Timeout);

        Assert.NotNull(read);
        Assert.Equal(key, read.Key);
        Assert.Equal(bytes, read.Content.ToArray());
        Assert.Equal(eTag, read.ETag);
        Assert.False(string.IsNullOrWhiteSpace(eTag));
    }

    [Fact]
    public async Task An_empty_document_round_trips()
    {
        var key = Key("empty");
        var eTag = await Store.WriteAsync(key, ReadOnlyMemory<byte>.Empty, WriteCondition.Always, Timeout);

        var read = await Store.ReadAsync(key, Timeout);

        Assert.NotNull(read);
        Assert.Equal(0, read.Content.Length);
        Assert.Equal(eTag, read.ETag);
    }

    [Fact]
    public async Task IfNotExists_over_an_existing_document_conflicts_and_keeps_it()
    {
        var key = Key("poll");
        var eTag = await Store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Store.WriteAsync(key, Json("""{"v":2}"""), WriteCondition.IfNotExists, Timeout));

        Assert.Equal(key, conflict.Key);
        var read = await Store.ReadAsync(key, Timeout);
        Assert.Equal("""{"v":1}""", Text(read!));
        Assert.Equal(eTag, read!.ETag);
    }

    [Fact]
    public async Task IfMatch_with_a_stale_etag_conflicts_and_keeps_the_newer_document()
    {
        var key = Key("poll");
        var stale = await Store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);
        var current = await Store.WriteAsync(key, Json("""{"v":2}"""), WriteCondition.IfMatch(stale), Timeout);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Store.WriteAsync(key, Json("""{"v":3}"""), WriteCondition.IfMatch(stale), Timeout));

        var read = await Store.ReadAsync(key, Timeout);
        Assert.Equal("""{"v":2}""", Text(read!));
        Assert.Equal(current, read!.ETag);
    }

    [Fact]
    public async Task IfMatch_with_the_current_etag_writes_and_changes_the_etag()
    {
        var key = Key("poll");
        var first = await Store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);

        // The same bytes again: the ETag must still change, it names a version, not a content.
        var second = await Store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfMatch(first), Timeout);

        Assert.NotEqual(first, second);
        var read = await Store.ReadAsync(key, Timeout);
        Assert.Equal(second, read!.ETag);
    }

    [Fact]
    public async Task IfMatch_over_a_missing_document_conflicts_and_creates_nothing()
    {
        var key = Key("gone");
        var eTag = await Store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout);
        Assert.True(await Store.DeleteAsync(key, null, Timeout));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Store.WriteAsync(key, Json("""{"v":2}"""), WriteCondition.IfMatch(eTag), Timeout));

        Assert.Null(await Store.ReadAsync(key, Timeout));
    }

    [Fact]
    public async Task Always_creates_and_overwrites_whatever_is_stored()
    {
        var key = Key("settings");
        var first = await Store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.Always, Timeout);
        var second = await Store.WriteAsync(key, Json("""{"v":2}"""), WriteCondition.Always, Timeout);

        Assert.NotEqual(first, second);
        var read = await Store.ReadAsync(key, Timeout);
        Assert.Equal("""{"v":2}""", Text(read!));
        Assert.Equal(second, read!.ETag);
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_conflicts_and_keeps_the_document()
    {
        var key = Key("poll");
        var stale = await Store.WriteAsync(key, Json("""{"v":1}"""), WriteCondition.IfNotExists, Timeout);
        await Store.WriteAsync(key, Json("""{"v":2}"""), WriteCondition.Always, Timeout);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.DeleteAsync(key, stale, Timeout));

        Assert.Equal("""{"v":2}""", Text((await Store.ReadAsync(key, Timeout))!));
    }

    [Fact]
    public async Task Delete_with_the_current_etag_or_none_removes_the_document()
    {
        var withETag = Key("a");
        var without = Key("b");
        var eTag = await Store.WriteAsync(withETag, Json("{}"), WriteCondition.IfNotExists, Timeout);
        await Store.WriteAsync(without, Json("{}"), WriteCondition.IfNotExists, Timeout);

        Assert.True(await Store.DeleteAsync(withETag, eTag, Timeout));
        Assert.True(await Store.DeleteAsync(without, null, Timeout));

        Assert.Null(await Store.ReadAsync(withETag, Timeout));
        Assert.Null(await Store.ReadAsync(without, Timeout));
        // Gone means gone: it can be created afresh.
        await Store.WriteAsync(withETag, Json("{}"), WriteCondition.IfNotExists, Timeout);
    }

    [Fact]
    public async Task Deleting_a_missing_document_returns_false()
    {
        Assert.False(await Store.DeleteAsync(Key("missing"), null, Timeout));
    }

    [Fact]
    public async Task Deleting_with_the_etag_of_a_document_deleted_since_conflicts()
    {
        // If-Match means "only this version": like a write, Azure answers 412 when there is no version at all.
        var key = Key("poll");
        var eTag = await Store.WriteAsync(key, Json("{}"), WriteCondition.IfNotExists, Timeout);
        Assert.True(await Store.DeleteAsync(key, null, Timeout));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.DeleteAsync(key, eTag, Timeout));
    }

    [Fact]
    public async Task Listing_returns_exactly_the_keys_under_the_prefix_in_ordinal_order()
    {
        string[] conversations = ["19:abc@thread.tacv2;messageid=1", "29:1Ab-x", "a:1pQ", "19:abc@thread.tacv2;messageid=10", "19:abc@thread.tacv2"];
        foreach (var conversation in conversations)
        {
            await Store.WriteAsync(Key("conversations", conversation, "state"), Json("{}"), WriteCondition.Always, Timeout);
            await Store.WriteAsync(Key("conversations", conversation), Json("{}"), WriteCondition.Always, Timeout);
        }
        // Neighbours that share the text of the prefix but not the folder, and a "-" that sorts before "/".
        await Store.WriteAsync(Key("conversations-archive", "29:1Ab-x"), Json("{}"), WriteCondition.Always, Timeout);
        await Store.WriteAsync(Key("conversation"), Json("{}"), WriteCondition.Always, Timeout);
        await Store.WriteAsync(Key("users", "29:1Ab-x"), Json("{}"), WriteCondition.Always, Timeout);

        var listed = await Store.ListKeysAsync(Prefix("conversations"), Timeout).ToListAsync(Timeout);

        var expected = conversations
            .SelectMany(c => new[] { Key("conversations", c), Key("conversations", c, "state") })
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, listed);
        Assert.All(listed, key => Assert.StartsWith(Prefix("conversations"), key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listing_by_a_partial_segment_and_by_the_whole_scope()
    {
        await Store.WriteAsync(Key("conversations", "19:abc@thread.tacv2;messageid=1"), Json("{}"), WriteCondition.Always, Timeout);
        await Store.WriteAsync(Key("conversations", "19:abd@thread.tacv2"), Json("{}"), WriteCondition.Always, Timeout);
        await Store.WriteAsync(Key("conversations", "29:1Ab-x"), Json("{}"), WriteCondition.Always, Timeout);
        await Store.WriteAsync(Key("conversations-archive", "a:1pQ"), Json("{}"), WriteCondition.Always, Timeout);

        var partial = await Store.ListKeysAsync(Prefix("conversations") + StorageKey.Escape("19:ab"), Timeout).ToListAsync(Timeout);
        var all = await Store.ListKeysAsync(Key("conversations"), Timeout).ToListAsync(Timeout);
        var none = await Store.ListKeysAsync(Prefix("nothing-here"), Timeout).ToListAsync(Timeout);

        Assert.Equal([Key("conversations", "19:abc@thread.tacv2;messageid=1"), Key("conversations", "19:abd@thread.tacv2")], partial);
        // "-" (0x2D) sorts before "/" (0x2F): ordinal order over whole keys, not a folder walk.
        Assert.Equal(
            [Key("conversations-archive", "a:1pQ"), Key("conversations", "19:abc@thread.tacv2;messageid=1"), Key("conversations", "19:abd@thread.tacv2"), Key("conversations", "29:1Ab-x")],
            all);
        Assert.Empty(none);
    }

    [Fact]
    public async Task Concurrent_read_modify_write_loses_no_update()
    {
        var key = Key("counter");
        await Store.WriteAsync(key, Json("0"), WriteCondition.IfNotExists, Timeout);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var current = await Store.ReadAsync(key, Timeout);
                var next = int.Parse(Text(current!)) + 1;
                try
                {
                    await Store.WriteAsync(key, Json(next.ToString()), WriteCondition.IfMatch(current!.ETag), Timeout);
                    return;
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone else wrote first: read again and retry, as callers of the store do.
                }
            }
        })));

        Assert.Equal("20", Text((await Store.ReadAsync(key, Timeout))!));
    }

    [Fact]
    public async Task A_one_megabyte_document_round_trips()
    {
        var key = Key("large");
        var bytes = new byte[1024 * 1024];
        new Random(42).NextBytes(bytes);

        var eTag = await Store.WriteAsync(key, bytes, WriteCondition.IfNotExists, Timeout);
        var read = await Store.ReadAsync(key, Timeout);

        Assert.Equal(eTag, read!.ETag);
        Assert.True(bytes.AsSpan().SequenceEqual(read.Content.Span), "The 1 MB document came back different.");
    }

    [Fact]
    public async Task A_document_and_documents_under_its_key_live_side_by_side()
    {
        var poll = Key("polls", "7");
        var answer = Key("polls", "7", "answers", "29:1Ab-x");
        await Store.WriteAsync(poll, Json("""{"poll":7}"""), WriteCondition.IfNotExists, Timeout);
        await Store.WriteAsync(answer, Json("""{"answer":"yes"}"""), WriteCondition.IfNotExists, Timeout);

        Assert.Equal("""{"poll":7}""", Text((await Store.ReadAsync(poll, Timeout))!));
        Assert.Equal("""{"answer":"yes"}""", Text((await Store.ReadAsync(answer, Timeout))!));
        Assert.True(await Store.DeleteAsync(poll, null, Timeout));
        Assert.NotNull(await Store.ReadAsync(answer, Timeout));
    }

    [Fact]
    public async Task Ids_that_look_like_file_names_are_keys_like_any_other()
    {
        // On disk "report" is stored as "report.json": an id "report.json" used as a folder must not collide with it.
        string[] keys = [Key("report"), Key("report.json"), Key("report.json", "v1"), Key("report", "v1"), Key("data"), Key("data.JSON", "v1")];
        foreach (var key in keys) await Store.WriteAsync(key, Json($"\"{key}\""), WriteCondition.IfNotExists, Timeout);

        foreach (var key in keys) Assert.Equal($"\"{key}\"", Text((await Store.ReadAsync(key, Timeout))!));
        Assert.Equal(keys.Order(StringComparer.Ordinal), await Store.ListKeysAsync(ScopePrefix, Timeout).ToListAsync(Timeout));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a//b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a/../b")]
    [InlineData("a/./b")]
    [InlineData("..")]
    [InlineData("conversations/19:abc@thread.tacv2")] // an id that was not escaped
    [InlineData("a\\b")]
    public async Task Keys_that_are_not_escaped_paths_are_rejected_everywhere(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(key, Timeout));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, Json("{}"), WriteCondition.Always, Timeout));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key, null, Timeout));
    }

    [Fact]
    public async Task A_prefix_with_an_unescaped_id_is_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.ListKeysAsync("conversations/19:abc", Timeout).ToListAsync(Timeout));
        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.ListKeysAsync("a//", Timeout).ToListAsync(Timeout));
    }

    [Fact]
    public async Task A_cancelled_call_is_reported_as_cancelled_not_as_storage_unavailable()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReadAsync(Key("x"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.WriteAsync(Key("x"), Json("{}"), WriteCondition.Always, cancelled.Token));
        Assert.Null(await Store.ReadAsync(Key("x"), Timeout));
    }

    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_lease_has_one_holder_who_can_renew_it_and_let_go_for_the_next()
    {
        var key = Key("leader");
        string first = Guid.NewGuid().ToString(), second = Guid.NewGuid().ToString();

        Assert.True(await Store.TryAcquireLeaseAsync(key, first, LeaseTime, Timeout));
        Assert.False(await Store.TryAcquireLeaseAsync(key, second, LeaseTime, Timeout));
        Assert.True(await Store.TryAcquireLeaseAsync(key, first, LeaseTime, Timeout)); // a renewal
        await Store.ReleaseLeaseAsync(key, second, Timeout); // not the holder: changes nothing
        Assert.False(await Store.TryAcquireLeaseAsync(key, second, LeaseTime, Timeout));

        await Store.ReleaseLeaseAsync(key, first, Timeout);

        Assert.True(await Store.TryAcquireLeaseAsync(key, second, LeaseTime, Timeout));
        Assert.False(await Store.TryAcquireLeaseAsync(key, first, LeaseTime, Timeout));
    }

    [Fact]
    public async Task A_lease_on_a_missing_document_creates_it_empty_and_keeps_an_existing_one()
    {
        var missing = Key("leases", "new");
        var existing = Key("leases", "old");
        await Store.WriteAsync(existing, Json("""{"v":1}"""), WriteCondition.Always, Timeout);

        Assert.True(await Store.TryAcquireLeaseAsync(missing, Guid.NewGuid().ToString(), LeaseTime, Timeout));
        Assert.True(await Store.TryAcquireLeaseAsync(existing, Guid.NewGuid().ToString(), LeaseTime, Timeout));

        Assert.Equal(0, (await Store.ReadAsync(missing, Timeout))!.Content.Length);
        Assert.Equal("""{"v":1}""", Text((await Store.ReadAsync(existing, Timeout))!));
        Assert.Equal([missing, existing], await Store.ListKeysAsync(Prefix("leases"), Timeout).ToListAsync(Timeout));
    }

    [Fact]
    public async Task Lease_times_and_ids_outside_what_Azure_allows_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.TryAcquireLeaseAsync(Key("l"), Guid.NewGuid().ToString(), TimeSpan.FromSeconds(5), Timeout));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.TryAcquireLeaseAsync(Key("l"), "not-a-guid", LeaseTime, Timeout));
    }
}
