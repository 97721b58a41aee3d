using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Forces;

/// <summary>The coalition's forces document: where it lives, its schema version, a newer one left alone, and what leads may see of it when.</summary>
public sealed class ForceRecordTests : IDisposable
{
    private static readonly CoalitionId Coalition = new("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", "19:team@thread.tacv2");
    private static readonly DateTimeOffset Day = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly LocalDocumentStore store;

    public ForceRecordTests() => store = new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance);

    public void Dispose() => folder.Dispose();

    private ForceStore Forces => new(store, new DocumentUpdater(store));

    private static MemberForces Named(string userId, DateTimeOffset at, params (ForceDirection Direction, string Text, int Strength)[] forces) =>
        new(userId, at, [.. forces.Select(f => new NamedForce(f.Direction, f.Text, f.Strength))]);

    [Fact]
    public async Task The_forces_are_one_document_under_the_coalition_with_their_schema_version()
    {
        await Forces.RecordAsync(Coalition, Named("29:a", Day, (ForceDirection.For, "Steun van de wethouder", 3)), minimumRespondents: 3, CancellationToken.None);

        Assert.Equal([ForceStore.KeyOf(Coalition)], await store.ListKeysAsync(Coalition.StoragePrefix, CancellationToken.None).ToListAsync());
        var json = JsonNode.Parse((await store.ReadAsync(ForceStore.KeyOf(Coalition), CancellationToken.None))!.Content.Span)!;
        Assert.Equal(CoalitionForces.CurrentSchemaVersion, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal(("For", 3), (json["members"]![0]!["forces"]![0]!["direction"]!.GetValue<string>(), json["members"]![0]!["forces"]![0]!["strength"]!.GetValue<int>()));
        Assert.Null(json["published"]); // one member: nothing for leads yet
    }

    [Fact]
    public async Task A_document_of_a_newer_schema_is_not_overwritten()
    {
        var key = ForceStore.KeyOf(Coalition);
        var newer = """{"schemaVersion":99,"members":[],"somethingNew":[1,2,3]}"""u8.ToArray();
        await store.WriteAsync(key, newer, WriteCondition.IfNotExists, CancellationToken.None);

        await Assert.ThrowsAsync<NewerSchemaException>(() =>
            Forces.RecordAsync(Coalition, Named("29:a", Day, (ForceDirection.For, "Steun", 2)), minimumRespondents: 3, CancellationToken.None));
        await Assert.ThrowsAsync<NewerSchemaException>(() => Forces.RemoveMemberAsync(Coalition, "29:a", CancellationToken.None));

        Assert.Equal(newer, (await store.ReadAsync(key, CancellationToken.None))!.Content.ToArray());
    }

    [Fact]
    public void Identical_forces_merge_apart_from_case_and_spaces_each_direction_on_its_own_most_named_then_strongest_first()
    {
        var figures = ForceFigures.Of(
        [
            Named("29:a", Day, (ForceDirection.For, "Energie in de wijk", 1), (ForceDirection.Against, "Geen tijd", 3), (ForceDirection.For, "Geen tijd", 2)),
            Named("29:b", Day, (ForceDirection.For, "Aandacht van de GGD", 3), (ForceDirection.Against, "geen  TIJD ", 1)),
            Named("29:c", Day, (ForceDirection.For, "energie in de  wijk", 2), (ForceDirection.Against, "Weinig geld", 3)),
        ]);

        Assert.Equal([new MergedForce("Energie in de wijk", 2, 1.5), new MergedForce("Aandacht van de GGD", 1, 3), new MergedForce("Geen tijd", 1, 2)], figures.For);
        Assert.Equal([new MergedForce("Geen tijd", 2, 2), new MergedForce("Weinig geld", 1, 3)], figures.Against);
        Assert.Equal(3, figures.Respondents);
    }

    [Fact]
    public void Old_published_forces_of_a_member_who_answered_again_are_purged_and_no_longer_count_towards_the_minimum()
    {
        var old = Day.AddMonths(-30);
        var forces = new[] { "29:a", "29:b", "29:c" }
            .Aggregate(new CoalitionForces(), (all, id) => all.WithForces(Named(id, old, (ForceDirection.For, "Steun van " + id, 2)), minimumRespondents: 3))
            .WithForces(Named("29:a", Day, (ForceDirection.Against, "Geen tijd", 3)), minimumRespondents: 3);
        Assert.NotNull(forces.FiguresFor(3));

        var purged = forces.WithoutForcesBefore(Day.AddMonths(-24));

        Assert.Equal(["29:a"], purged.Members.Select(m => m.UserId));
        Assert.Empty(purged.Published!);
        Assert.Null(purged.FiguresFor(3));
        Assert.Same(purged, purged.WithoutForcesBefore(Day.AddMonths(-24)));
    }
}
