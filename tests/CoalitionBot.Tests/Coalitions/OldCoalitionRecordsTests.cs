using System.Text;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>A coalition written before partners had several roles and levels (schema 3) still reads, and its first change keeps them.</summary>
public sealed class OldCoalitionRecordsTests : IDisposable
{
    private static readonly CoalitionId Id = new("tenant", "team");
    private readonly TempFolder folder = new();
    private readonly LocalDocumentStore store;

    public OldCoalitionRecordsTests() => store = new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance);

    public void Dispose() => folder.Dispose();

    private const string VersionThree = """
        {"schemaVersion":3,"id":{"tenantId":"tenant","teamId":"team"},"name":"Kansrijke Start Leiden",
         "members":[{"userId":"29:anna","name":"Anna","role":"Admin"}],
         "partners":[{"id":"gem","name":"Gemeente Leiden","role":"DecisionMaker","addedBy":"29:anna"}],"minimumRespondents":3,"retentionMonths":24}
        """;

    [Fact]
    public async Task A_partner_of_schema_3_has_its_one_role_and_no_level_and_gains_roles_and_levels_when_changed()
    {
        await store.WriteAsync(CoalitionStore.KeyOf(Id), Encoding.UTF8.GetBytes(VersionThree), WriteCondition.IfNotExists, CancellationToken.None);
        var coalitions = new CoalitionStore(store, new DocumentUpdater(store));

        var read = (await coalitions.GetAsync(Id, CancellationToken.None))!;
        var partner = read.Partner("gem")!;
        Assert.Equal([NetworkRole.DecisionMaker], partner.Roles);
        Assert.Equal((0, 3), (partner.Levels.Count, read.SchemaVersion));
        Assert.Null(read.AdministrativeLead);

        var changed = await coalitions.UpdateAsync(Id, () => throw new InvalidOperationException(),
            c => c.WithPartner(c.Partner("gem")!.WithRoles([NetworkRole.DecisionMaker, NetworkRole.Funder]) with { Levels = [PartnerLevel.Strategic] }), CancellationToken.None);

        var again = (await new CoalitionStore(store, new DocumentUpdater(store)).GetAsync(Id, CancellationToken.None))!;
        Assert.Equal([NetworkRole.DecisionMaker, NetworkRole.Funder], again.Partner("gem")!.Roles);
        Assert.Equal([PartnerLevel.Strategic], again.Partner("gem")!.Levels);
        Assert.Equal(Coalition.CurrentSchemaVersion, again.SchemaVersion);
        Assert.Equal("29:anna", again.Partner("gem")!.AddedBy);
    }
}
