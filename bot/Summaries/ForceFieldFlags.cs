using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>What the 3 B's summary asks the coalition to look at for a partner.</summary>
public enum PartnerFlag
{
    /// <summary>High influence, and resistance is the attitude members name most: a partner that can stop the plan.</summary>
    InfluentialResistance,

    /// <summary>Members name different attitudes.</summary>
    AttitudeSplit,

    /// <summary>Members' influence ratings lie <see cref="ForceFieldFlags.RatingsApart"/> or more apart.</summary>
    InfluenceApart,

    /// <summary>Members' involvement ratings lie <see cref="ForceFieldFlags.RatingsApart"/> or more apart.</summary>
    InvolvementApart,
}

/// <summary>
/// Reads a partner's place in the force field for action: its attitude as members see it (for the chart's colour) and
/// where members disagree or a powerful partner resists. The 3 B's are signed views, so none of this is anonymous figures.
/// </summary>
public static class ForceFieldFlags
{
    /// <summary>Two ratings this far apart on the 1-5 scale are two different pictures of the partner, not noise.</summary>
    public const int RatingsApart = 2;

    /// <summary>A mean influence of at least this much (of 5) is high.</summary>
    public const double HighInfluence = 4;

    /// <summary>The attitude members name most; null when two attitudes are named equally often (the partner shows as split).</summary>
    public static Attitude? MainAttitude(PartnerSummary partner)
    {
        var most = partner.Attitudes.Values.DefaultIfEmpty(0).Max();
        var named = partner.Attitudes.Where(a => a.Value == most && most > 0).Select(a => a.Key).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    public static IReadOnlyList<PartnerFlag> Of(PartnerSummary partner)
    {
        var flags = new List<PartnerFlag>();
        var resistance = partner.Attitudes.GetValueOrDefault(Attitude.Resistant);
        if (partner.Influence is { } influence && AspectSummary.AsShown(influence.Mean) >= HighInfluence
            && resistance > 0 && resistance == partner.Attitudes.Values.Max())
            flags.Add(PartnerFlag.InfluentialResistance);
        if (partner.Attitudes.Count(a => a.Value > 0) > 1) flags.Add(PartnerFlag.AttitudeSplit);
        if (partner.Influence is { } i && i.Max - i.Min >= RatingsApart) flags.Add(PartnerFlag.InfluenceApart);
        if (partner.Involvement is { } v && v.Max - v.Min >= RatingsApart) flags.Add(PartnerFlag.InvolvementApart);
        return flags;
    }
}
