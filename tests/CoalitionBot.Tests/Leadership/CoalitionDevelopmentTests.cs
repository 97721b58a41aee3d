using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>The style a coalition needs, from the mean ability and commitment (1-5) of its partners.</summary>
public sealed class CoalitionDevelopmentTests
{
    [Theory]
    // Low ability + high commitment: directing.
    [InlineData(1.0, 5.0, Directing)]
    [InlineData(2.0, 4.0, Directing)]
    // Some ability + low commitment: coaching; also some ability with high commitment, and low with low.
    [InlineData(3.0, 2.0, Coaching)]
    [InlineData(3.0, 4.5, Coaching)]
    [InlineData(1.5, 1.5, Coaching)]
    // High ability + variable commitment: supporting.
    [InlineData(4.0, 3.0, Supporting)]
    [InlineData(5.0, 1.0, Supporting)]
    // High ability + high commitment: delegating.
    [InlineData(4.5, 4.5, Delegating)]
    [InlineData(5.0, 5.0, Delegating)]
    public void Each_quadrant_asks_for_its_style(double ability, double commitment, LeadershipStyle expected)
    {
        Assert.Equal(expected, new CoalitionDevelopment(ability, commitment).NeededStyle);
    }

    [Theory]
    // A mean on a threshold counts as the higher band.
    [InlineData(CoalitionDevelopment.LowAbilityBelow, 5.0, Coaching)] // 2.5 is "some ability", no longer low
    [InlineData(2.49, 5.0, Directing)]
    [InlineData(CoalitionDevelopment.HighAbilityFrom, CoalitionDevelopment.HighCommitmentFrom, Delegating)] // 3.5 / 3.5
    [InlineData(3.49, 5.0, Coaching)]
    [InlineData(CoalitionDevelopment.HighAbilityFrom, 3.49, Supporting)]
    [InlineData(2.0, CoalitionDevelopment.HighCommitmentFrom, Directing)]
    [InlineData(2.0, 3.49, Coaching)]
    public void On_and_around_the_thresholds(double ability, double commitment, LeadershipStyle expected)
    {
        Assert.Equal(expected, new CoalitionDevelopment(ability, commitment).NeededStyle);
    }

    [Fact]
    public void The_thresholds_split_the_scale_around_its_middle()
    {
        Assert.Equal(2.5, CoalitionDevelopment.LowAbilityBelow);
        Assert.Equal(3.5, CoalitionDevelopment.HighAbilityFrom);
        Assert.Equal(3.5, CoalitionDevelopment.HighCommitmentFrom);
    }

    [Fact]
    public void Means_are_taken_per_axis()
    {
        var development = CoalitionDevelopment.Of([4, 4, 5], [2, 3, 3]);

        Assert.Equal(13 / 3.0, development.Ability, 10);
        Assert.Equal(8 / 3.0, development.Commitment, 10);
        Assert.Equal(Supporting, development.NeededStyle);
    }

    [Fact]
    public void Ratings_outside_the_scale_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoalitionDevelopment.Of([0, 3], [3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoalitionDevelopment.Of([3], [6]));
        Assert.Throws<ArgumentException>(() => CoalitionDevelopment.Of([], [3]));
    }
}
