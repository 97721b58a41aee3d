using CoalitionBot.Leadership;

namespace CoalitionBot.Tests.Leadership;

public sealed class OptionOrderTests
{
    private static readonly IReadOnlyList<string> SituationIds = [.. LeadershipSituations.All.Select(s => s.Id)];

    [Fact]
    public void Every_situation_shows_all_four_styles_once()
    {
        foreach (var seed in new[] { "", "a", Guid.NewGuid().ToString("N") })
            foreach (var id in SituationIds)
                Assert.Equal(Enum.GetValues<LeadershipStyle>(), OptionOrder.For(seed, id).Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_order()
    {
        const string seed = "5f0c1a7e9b2d4c3e8f6a1b2c3d4e5f60";
        foreach (var id in SituationIds)
            Assert.Equal(OptionOrder.For(seed, id), OptionOrder.For(seed, id));
        // Fixed values: the order must survive restarts and other instances (no per-process hashing).
        Assert.Equal([LeadershipStyle.Supporting, LeadershipStyle.Coaching, LeadershipStyle.Delegating, LeadershipStyle.Directing], OptionOrder.For(seed, "kick-off"));
    }

    [Fact]
    public void The_order_varies_across_the_situations_of_one_run()
    {
        var orders = SituationIds.Select(id => string.Join(",", OptionOrder.For("one-run", id))).ToHashSet();

        Assert.True(orders.Count >= 5, $"Only {orders.Count} different orders over {SituationIds.Count} situations.");
        // No style is always shown first.
        Assert.True(SituationIds.Select(id => OptionOrder.For("one-run", id)[0]).Distinct().Count() > 1);
    }

    [Fact]
    public void The_order_varies_across_runs()
    {
        var orders = Enumerable.Range(0, 20).Select(run => string.Join(",", OptionOrder.For($"run-{run}", "kick-off"))).ToHashSet();

        Assert.True(orders.Count >= 8, $"Only {orders.Count} different orders over 20 runs.");
    }

    [Fact]
    public void Every_order_occurs_and_none_dominates()
    {
        var counts = Enumerable.Range(0, 2400)
            .GroupBy(run => string.Join(",", OptionOrder.For($"seed-{run}", "kick-off")))
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(24, counts.Count); // 4! orders
        Assert.All(counts.Values, count => Assert.InRange(count, 50, 150)); // about 100 each
    }
}
