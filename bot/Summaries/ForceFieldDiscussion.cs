using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Languages;
using CoalitionBot.Resources;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>
/// The 3 B's summary's "to discuss" section: first the partners with much influence that members see resisting, then the
/// partners members see differently (attitude, influence or involvement), each as a question for the meeting.
/// </summary>
public static class ForceFieldDiscussion
{
    public static IEnumerable<SummarySection> Sections(IReadOnlyList<PartnerSummary> partners)
    {
        var flagged = partners.Select(p => (Partner: p, Flags: ForceFieldFlags.Of(p))).Where(p => p.Flags.Count > 0).ToList();
        if (flagged.Count == 0) return [];
        var items = flagged.Where(p => p.Flags.Contains(PartnerFlag.InfluentialResistance)).Select(p => Resistance(p.Partner))
            .Concat(flagged.Select(p => Disagreement(p.Partner, p.Flags)).OfType<string>())
            .ToList();
        return SummaryCardSplitter.ListSections(Strings.SummaryDiscussHeading, items);
    }

    private static string Resistance(PartnerSummary partner) => Texts.Format(Strings.SummaryFlagResistance, Name(partner), partner.Influence!.Mean,
        partner.Attitudes.GetValueOrDefault(Attitude.Resistant), partner.Attitudes.Values.Sum());

    /// <summary>"Members see GGD differently: attitude (supportive: 2, resistant: 1), influence 2-5"; null when they agree.</summary>
    private static string? Disagreement(PartnerSummary partner, IReadOnlyList<PartnerFlag> flags)
    {
        var parts = new List<string>();
        if (flags.Contains(PartnerFlag.AttitudeSplit))
            parts.Add(Texts.Format(Strings.SummaryFlagAttitude, string.Join(", ", partner.Attitudes.Where(a => a.Value > 0).Select(a => $"{AttitudeTexts.Name(a.Key).ToLower(System.Globalization.CultureInfo.CurrentCulture)}: {a.Value}"))));
        if (flags.Contains(PartnerFlag.InfluenceApart)) parts.Add(Texts.Format(Strings.SummaryFlagInfluence, partner.Influence!.Min, partner.Influence.Max));
        if (flags.Contains(PartnerFlag.InvolvementApart)) parts.Add(Texts.Format(Strings.SummaryFlagInvolvement, partner.Involvement!.Min, partner.Involvement.Max));
        return parts.Count == 0 ? null : Texts.Format(Strings.SummaryFlagDisagreement, Name(partner), string.Join(", ", parts));
    }

    private static string Name(PartnerSummary partner) => MemberText.Escape(partner.Partner.Name);
}
