using System.Text.Json.Nodes;
using CoalitionBot.Actions;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Actions;

/// <summary>The coalition's actions document: where it lives, its schema version, and that an old or newer document behaves as the other stores' do.</summary>
public sealed class ActionRecordTests : IDisposable
{
    private static readonly CoalitionId Coalition = new("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", "19:team@thread.tacv2");
    private readonly TempFolder folder = new();
    private readonly LocalDocumentStore store;

    public ActionRecordTests() => store = new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance);

    public void Dispose() => folder.Dispose();

    private ActionStore Actions => new(store, new DocumentUpdater(store));

    private static ActionItem New(int number) => new() { Number = number, Text = "Huisartsen uitnodigen", Owner = new ActionOwner("29:anna", "Anna"), Due = new DateOnly(2026, 12, 1) };

    [Fact]
    public async Task The_actions_are_one_document_under_the_coalition_with_their_schema_version()
    {
        await Actions.UpdateAsync(Coalition, a => a.WithNew(New).WithNew(New), CancellationToken.None);

        Assert.Equal([ActionStore.KeyOf(Coalition)], await store.ListKeysAsync(Coalition.StoragePrefix, CancellationToken.None).ToListAsync());
        var json = JsonNode.Parse((await store.ReadAsync(ActionStore.KeyOf(Coalition), CancellationToken.None))!.Content.Span)!;
        Assert.Equal(CoalitionActions.CurrentSchemaVersion, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal(2, json["lastNumber"]!.GetValue<int>());
        Assert.Equal(("2026-12-01", "Open"), (json["items"]![1]!["due"]!.GetValue<string>(), json["items"]![1]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_document_of_a_newer_schema_is_not_overwritten()
    {
        var key = ActionStore.KeyOf(Coalition);
        var newer = """{"schemaVersion":99,"lastNumber":1,"items":[],"somethingNew":[1,2,3]}"""u8.ToArray();
        await store.WriteAsync(key, newer, WriteCondition.IfNotExists, CancellationToken.None);

        await Assert.ThrowsAsync<NewerSchemaException>(() => Actions.UpdateAsync(Coalition, a => a.WithNew(New), CancellationToken.None));

        Assert.Equal(newer, (await store.ReadAsync(key, CancellationToken.None))!.Content.ToArray());
    }

    [Fact]
    public async Task A_first_version_document_with_only_what_it_needed_reads_and_takes_changes()
    {
        var key = ActionStore.KeyOf(Coalition);
        await store.WriteAsync(key, """{"schemaVersion":1,"items":[{"number":3,"text":"Wijkteams betrekken","due":"2026-12-01"}]}"""u8.ToArray(), WriteCondition.IfNotExists, CancellationToken.None);

        var read = await Actions.GetAsync(Coalition, CancellationToken.None);
        Assert.Equal((ActionStatus.Open, null), (read.Find(3)!.Status, read.Find(3)!.Owner));

        var saved = await Actions.UpdateAsync(Coalition, a => a.WithNew(New), CancellationToken.None);
        // Without its last number, the next one follows the highest number held: "klaar 3" never hits two actions.
        Assert.Equal([3, 4], saved.Items.Select(a => a.Number));
        Assert.Equal(CoalitionActions.CurrentSchemaVersion, saved.SchemaVersion);
    }
}
