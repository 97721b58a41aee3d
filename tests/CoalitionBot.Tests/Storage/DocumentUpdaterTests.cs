using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Storage;

/// <summary>Read-change-write: a change that changes nothing writes nothing, and "existing only" never creates.</summary>
public sealed class DocumentUpdaterTests : IDisposable
{
    private static readonly CoalitionId Id = new("tenant", "team");
    private readonly TempFolder folder = new();
    private readonly LocalDocumentStore store;
    private readonly DocumentUpdater updater;

    public DocumentUpdaterTests()
    {
        store = new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance);
        updater = new DocumentUpdater(store);
    }

    public void Dispose() => folder.Dispose();

    private Task<Coalition> SaveAsync(Func<Coalition?, Coalition> change) =>
        updater.UpdateAsync(CoalitionStore.KeyOf(Id), CoalitionJsonContext.Default.Coalition, change, CancellationToken.None);

    [Fact]
    public async Task A_change_that_returns_the_same_instance_writes_nothing()
    {
        await SaveAsync(_ => new Coalition { Id = Id }.WithMember("29:a", "A", null));
        var eTag = (await store.ReadAsync(CoalitionStore.KeyOf(Id), CancellationToken.None))!.ETag;

        var stored = await SaveAsync(c => c!.WithMember("29:a", "A", null)); // already a member: nothing to do

        Assert.Equal("A", stored.Member("29:a")!.Name);
        Assert.Equal(eTag, (await store.ReadAsync(CoalitionStore.KeyOf(Id), CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task Changing_an_existing_document_reports_whether_it_wrote_and_never_creates_one()
    {
        var key = CoalitionStore.KeyOf(Id);
        Assert.False(await updater.ChangeExistingAsync(key, CoalitionJsonContext.Default.Coalition, c => c.WithoutMember("29:a"), CancellationToken.None));
        Assert.Null(await store.ReadAsync(key, CancellationToken.None));

        await SaveAsync(_ => new Coalition { Id = Id }.WithMember("29:a", "A", null));
        Assert.True(await updater.ChangeExistingAsync(key, CoalitionJsonContext.Default.Coalition, c => c.WithoutMember("29:a"), CancellationToken.None));
        Assert.False(await updater.ChangeExistingAsync(key, CoalitionJsonContext.Default.Coalition, c => c.WithoutMember("29:a"), CancellationToken.None));
    }

    [Fact]
    public async Task A_document_a_newer_bot_wrote_is_left_exactly_as_it_is()
    {
        await SaveAsync(_ => new Coalition { Id = Id }.WithMember("29:a", "A", null));
        var key = CoalitionStore.KeyOf(Id);
        // As a newer bot writes it: a later version, with a field this one does not know.
        var newer = System.Text.Json.Nodes.JsonNode.Parse((await store.ReadAsync(key, CancellationToken.None))!.Content.Span)!;
        newer["schemaVersion"] = Coalition.CurrentSchemaVersion + 1;
        newer["charter"] = "Elk kind een kansrijke start";
        var written = await store.WriteAsync(key, System.Text.Encoding.UTF8.GetBytes(newer.ToJsonString()), WriteCondition.Always, CancellationToken.None);

        await Assert.ThrowsAsync<NewerSchemaException>(() => new DocumentUpdater(store).UpdateAsync(key, CoalitionJsonContext.Default.Coalition, c => c!.WithMember("29:b", "B", null), CancellationToken.None));

        var kept = (await store.ReadAsync(key, CancellationToken.None))!;
        Assert.Equal(written, kept.ETag);
        Assert.Contains("Elk kind een kansrijke start", System.Text.Encoding.UTF8.GetString(kept.Content.Span));
    }
}
