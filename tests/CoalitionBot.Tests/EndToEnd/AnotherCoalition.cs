using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Hardening;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>
/// A coalition nobody in the tests belongs to, with a member, a partner and answers of every kind, all in words found
/// nowhere else (<see cref="Secrets"/>): what attacks on it must neither reveal nor change.
/// </summary>
public sealed class AnotherCoalition(HostileActivities.Target target)
{
    public HostileActivities.Target Target => target;

    public CoalitionId Id { get; } = new(target.TenantId, target.TeamId);

    public const string Name = "Coalitie Elders", PartnerName = "Woningcorporatie Elders", MemberName = "Lid Van Elders";

    /// <summary>Every name and answer stored for this coalition (its ids are not secret: an attacker forges with them).</summary>
    public static IReadOnlyList<string> Secrets =>
        [Name, PartnerName, MemberName, "Geld van elders", "Subsidie van elders", "Betaalbaar wonen elders", "Huurders elders", "Ruimte elders"];

    public async Task SeedAsync(IServiceProvider services)
    {
        await services.GetRequiredService<CoalitionStore>().AddMembersAsync(Id,
            () => new Coalition { Id = Id, Name = Name, Partners = [new Partner(target.PartnerId, PartnerName, NetworkRole.Funder)] },
            [(target.MemberId, MemberName, null)], CancellationToken.None);
        await services.GetRequiredService<CoalitionStore>().UpdateAsync(Id, () => throw new InvalidOperationException(),
            c => c with { Members = [.. c.Members.Select(m => m with { Role = CoalitionRole.Lead })] }, CancellationToken.None);
        var rounds = services.GetRequiredService<CheckInStore>();
        await rounds.SaveAsync(Id, rounds.MonthRound(), new CheckInAnswer
        {
            UserId = target.MemberId,
            Scores = CheckInAspects.Core.ToDictionary(a => a, _ => 6),
            Bottleneck = "Geld van elders",
            NextStep = "Subsidie van elders",
        }, CancellationToken.None);
        await services.GetRequiredService<ThreeBsStore>().SaveAsync(Id, target.PartnerId, new ThreeBsDescription
        {
            UserId = target.MemberId,
            UserName = MemberName,
            Intention = "Betaalbaar wonen elders",
            Interest = "Huurders elders",
            Contribution = "Ruimte elders",
            Influence = 3,
            Involvement = 2,
        }, CancellationToken.None);
        var plan = AnswerPlan.DelegatorInNeedOfSupporting;
        await services.GetRequiredService<LeadershipStore>().RecordAsync(Id, target.MemberId,
            LeadershipResult.Score(plan.Choices, plan.RatingsById.Take(3).ToDictionary(), plan.RatingsById.Skip(3).ToDictionary(), DateTimeOffset.UtcNow), CancellationToken.None);
    }

    /// <summary>The coalition's documents and its member's list of coalitions, byte for byte.</summary>
    public Task<Dictionary<string, byte[]>> DocumentsAsync(IServiceProvider services) =>
        DocumentsUnderAsync(services.GetRequiredService<IDocumentStore>(), Id.StoragePrefix + "/", CoalitionStore.UserKey(target.TenantId, target.MemberId));

    /// <summary>Every document whose key starts with one of the prefixes ("" for all), byte for byte.</summary>
    public static async Task<Dictionary<string, byte[]>> DocumentsUnderAsync(IDocumentStore store, params string[] prefixes)
    {
        var documents = new Dictionary<string, byte[]>();
        foreach (var prefix in prefixes)
            await foreach (var key in store.ListKeysAsync(prefix, CancellationToken.None))
                documents[key] = (await store.ReadAsync(key, CancellationToken.None))!.Content.ToArray();
        return documents;
    }

    public static void AssertUnchanged(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, document => Assert.Equal(document.Value, after[document.Key]));
    }
}
