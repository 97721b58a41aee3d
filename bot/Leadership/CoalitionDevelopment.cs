namespace CoalitionBot.Leadership;

/// <summary>
/// How able and committed the coalition's partners are for their current task, as one member rates
/// them (means on the 1-5 scale), and the leadership style that fits that now.
/// </summary>
public sealed record CoalitionDevelopment(double Ability, double Commitment)
{
    // The thresholds, in one place. On the 1-5 scale 3 means "partly", so a mean below 2.5 leans to
    // "not (yet)" and a mean from 3.5 leans to "mostly" or "completely". Between them lies "some ability".
    // With three questions per axis a mean is a multiple of 1/3, so a rating never lands on a threshold
    // by rounding; in the tests, and for other question counts, a mean on a threshold counts as the higher band.

    /// <summary>Ability below this is low: the partners do not yet know how to do the task.</summary>
    public const double LowAbilityBelow = 2.5;

    /// <summary>Ability from this is high: the partners can mostly do the task themselves.</summary>
    public const double HighAbilityFrom = 3.5;

    /// <summary>Commitment from this is high: the partners clearly want it and trust it will work; below it, low or variable.</summary>
    public const double HighCommitmentFrom = 3.5;

    /// <summary>
    /// Following situational leadership (DOMAIN.md): low ability + high commitment → directing; some
    /// ability, or low ability with low commitment → coaching (both know-how and drive need building);
    /// high ability + low or variable commitment → supporting; high ability + high commitment → delegating.
    /// </summary>
    public LeadershipStyle NeededStyle => (Ability, Commitment) switch
    {
        ( >= HighAbilityFrom, >= HighCommitmentFrom) => LeadershipStyle.Delegating,
        ( >= HighAbilityFrom, _) => LeadershipStyle.Supporting,
        ( < LowAbilityBelow, >= HighCommitmentFrom) => LeadershipStyle.Directing,
        _ => LeadershipStyle.Coaching,
    };

    public static CoalitionDevelopment Of(IEnumerable<int> abilityRatings, IEnumerable<int> commitmentRatings) =>
        new(Mean(abilityRatings, nameof(abilityRatings)), Mean(commitmentRatings, nameof(commitmentRatings)));

    private static double Mean(IEnumerable<int> ratings, string name)
    {
        var list = ratings.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one rating is needed.", name);
        if (list.Any(r => r is < DevelopmentQuestions.Lowest or > DevelopmentQuestions.Highest))
            throw new ArgumentOutOfRangeException(name, "Ratings are from 1 to 5.");
        return list.Average();
    }
}
