using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>
/// The 3 B's summary as cards in the current language: who is at the table (roles, levels, the bestuurlijke trekker) and undescribed partners first,
/// then one section per partner. Long summaries are split over several cards, each under the Teams limit.
/// </summary>
public static class ThreeBsSummaryCard
{
    public static IReadOnlyList<AdaptiveCard> Build(ThreeBsSummary summary)
    {
        if (summary.PartnerCount == 0)
            return [SummaryCard.Build(new SummaryCardContent { Title = Strings.SummaryThreeBsTitle, Intro = Strings.SummaryThreeBsNone, Sections = [], Language = CardLanguage.Current })];

        var title = summary.Only is null ? Strings.SummaryThreeBsTitle : $"{Strings.SummaryThreeBsTitle}: {MemberText.Escape(summary.Only.Name)}";
        var intro = summary.Only is not null
            ? (summary.Partners.Count == 0 ? Strings.SummaryThreeBsPartnerNotDescribed : null)
            : Texts.Plural(summary.PartnerCount, Strings.SummaryThreeBsIntroOne, Strings.SummaryThreeBsIntro, summary.PartnerCount - summary.Undescribed.Count);
        var sections = new List<SummarySection>();
        if (summary.Only is null) sections.AddRange(CoalitionSections(summary));
        sections.AddRange(ForceFieldDiscussion.Sections(summary.Partners));
        sections.AddRange(summary.Partners.SelectMany(PartnerSections));
        return SummaryCardSplitter.Split(title, intro, sections);
    }

    private static IEnumerable<SummarySection> CoalitionSections(ThreeBsSummary summary)
    {
        var coverage = summary.Coverage;
        yield return new SummarySection(Strings.SummaryRolesHeading)
        {
            Facts =
            [
                new Fact(Strings.SummaryRolesCovered, Names(coverage.CoveredRoles, NetworkRoleTexts.Name)),
                new Fact(Strings.SummaryRolesMissing, Names(coverage.MissingRoles, NetworkRoleTexts.Name)),
                new Fact(Strings.SummaryLevelsCovered, Names(coverage.CoveredLevels, PartnerLevelTexts.Name)),
                new Fact(Strings.SummaryLevelsMissing, Names(coverage.MissingLevels, PartnerLevelTexts.Name)
                    + (coverage.PartnersWithoutLevel == 0 ? "" : " " + Texts.Plural(coverage.PartnersWithoutLevel, Strings.SummaryLevelsUnknownOne, Strings.SummaryLevelsUnknown, coverage.PartnersWithoutLevel))),
                new Fact(Strings.AdministrativeLeadTitle, summary.AdministrativeLead),
            ],
        };
        if (summary.Partners.Any(p => p.Influence is not null && p.Involvement is not null))
            yield return new SummarySection(Strings.SummaryForceFieldHeading)
            {
                Image = new SummaryImage(ForceFieldChart.DataUri(summary.Partners, Strings.ThreeBsInvolvement, Strings.ThreeBsInfluence),
                    Texts.Format(Strings.SummaryForceFieldChart, string.Join(", ", ForceFieldChart.Placed(summary.Partners).Select(PlacedPartner)))),
            };
        if (summary.Undescribed.Count > 0)
            foreach (var section in SummaryCardSplitter.ListSections(Strings.SummaryUndescribedHeading, [.. summary.Undescribed.Select(p => MemberText.Escape(p.Name))]))
                yield return section;
    }

    /// <summary>"GGD Hollands Mi… (Steunend)", as the chart labels and colours it, for those who cannot see it.</summary>
    private static string PlacedPartner(PartnerSummary partner) =>
        $"{MemberText.Escape(ForceFieldChart.Short(partner.Partner.Name))} ({(ForceFieldFlags.MainAttitude(partner) is { } attitude ? AttitudeTexts.Name(attitude) : Strings.SummaryForceFieldSplit)})";

    /// <summary>The partner's force field and views; many long views become several sections, so each fits on a card.</summary>
    private static IEnumerable<SummarySection> PartnerSections(PartnerSummary partner)
    {
        var heading = $"{MemberText.Escape(partner.Partner.Name)} ({PartnerTexts.RolesAndLevels(partner.Partner)})";
        var first = new SummarySection(heading) { Facts = [.. ForceField(partner), .. SelfViewFacts(partner.SelfView)], Note = SelfViewNote(partner.SelfView) };
        var views = partner.Views.Select(View).ToList();
        foreach (var chunk in SummaryCardSplitter.ChunkItems(views))
        {
            yield return first with { Items = chunk };
            first = new SummarySection(heading);
        }
        if (views.Count == 0) yield return first;
    }

    private static IReadOnlyList<Fact> ForceField(PartnerSummary partner)
    {
        var facts = new List<Fact>();
        if (partner.Influence is { } influence) facts.Add(new Fact(Strings.ThreeBsInfluence, Rating(influence)));
        if (partner.Involvement is { } involvement) facts.Add(new Fact(Strings.ThreeBsInvolvement, Rating(involvement)));
        facts.Add(new Fact(Strings.ThreeBsAttitude, string.Join(", ", partner.Attitudes.Where(a => a.Value > 0).Select(a => $"{AttitudeTexts.Name(a.Key)}: {a.Value}"))));
        return facts;
    }

    /// <summary>The self-view beside the others' view, in means.</summary>
    private static IEnumerable<Fact> SelfViewFacts(SelfViewComparison? selfView) => selfView is null ? [] :
    [
        new Fact(Strings.SummarySelfViewInfluence, Texts.Format(Strings.SummarySelfViewValue, selfView.SelfInfluence, selfView.OthersInfluence)),
        new Fact(Strings.SummarySelfViewInvolvement, Texts.Format(Strings.SummarySelfViewValue, selfView.SelfInvolvement, selfView.OthersInvolvement)),
        new Fact(Strings.SummarySelfViewAttitude, Texts.Format(Strings.SummarySelfViewAttitudeValue,
            string.Join(", ", selfView.SelfAttitudes.Select(AttitudeTexts.Name)), string.Join(", ", selfView.OthersMostCommon.Select(AttitudeTexts.Name)))),
    ];

    /// <summary>Names where the self-view and the others' view differ, as a question to discuss.</summary>
    private static string? SelfViewNote(SelfViewComparison? selfView) => selfView is null ? null
        : selfView.Differences.Count == 0 ? Strings.SummarySelfViewAlike
        : Texts.Format(Strings.SummarySelfViewDiffers, string.Join(", ", selfView.Differences.Select(d => d switch
        {
            SelfViewDifference.Influence => Strings.ThreeBsInfluence,
            SelfViewDifference.Involvement => Strings.ThreeBsInvolvement,
            _ => Strings.ThreeBsAttitude,
        }).Select(name => name.ToLower(System.Globalization.CultureInfo.CurrentCulture))));

    /// <summary>A member's view as they typed it, each long text cut short (the export has it whole), so a view fits on a card.</summary>
    private static string View(PartnerView view) => Texts.Format(view.Description.IsOwnOrganisation ? Strings.SummaryThreeBsOwnView : Strings.SummaryThreeBsView,
        view.AuthorName is { } author ? MemberText.EscapeWithin(author, NameBytes) : Strings.SummaryThreeBsUnknownAuthor, view.Description.DescribedAt.Date,
        Shown(view.Description.Intention), Shown(view.Description.Interest), Shown(view.Description.Contribution))
        + (view.Description.Expectations is { } expectations ? Texts.Format(Strings.SummaryThreeBsViewExpectations, Shown(expectations)) : "")
        + (view.Description.AttitudeReason is { } why ? Texts.Format(Strings.SummaryThreeBsViewWhy, Shown(why)) : "");

    /// <summary>A display name comes from Teams, without a limit of ours.</summary>
    private const int NameBytes = 1024;

    private static string Shown(string text) => MemberText.EscapeWithin(CheckInSummary.OneLine(text), MemberText.AnswerBytes);

    private static string Rating(ScoreSpread spread) => Texts.Format(Strings.SummaryForceFieldRating, spread.Mean, spread.Min, spread.Max);

    private static string Names<T>(IReadOnlyList<T> values, Func<T, string> name) => values.Count == 0 ? Strings.SummaryNothing : string.Join(", ", values.Select(name));

}
