using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.CheckIns;
using CoalitionBot.Commands;
using CoalitionBot.Forces;
using CoalitionBot.Languages;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>"samenvatting" without a topic: each method in a few lines, with a button that opens its full summary.</summary>
public static class SummaryOverviewCard
{
    /// <summary>The topics the buttons open (either language's words work for everyone).</summary>
    private static readonly string CheckInTopic = CheckInCommand.Route.Dutch, LeadershipTopic = LeadershipCommand.Route.Dutch, ThreeBsTopic = ThreeBsCommand.Route.Dutch,
        ForcesTopic = ForcesCommand.Route.Dutch;

    /// <param name="inChannel">Read in the team's channel: each section also gets a button that opens the summary as a new thread.</param>
    public static AdaptiveCard Build(CheckInSummary checkIn, LeadershipSummary leadership, ThreeBsSummary threeBs, ForceSummary forces, bool inChannel) => SummaryCard.Build(new SummaryCardContent
    {
        Title = Strings.SummaryOverviewTitle,
        Intro = Strings.SummaryOverviewIntro,
        Sections =
        [
            CheckIn(checkIn) with { Buttons = Buttons(CheckInTopic, inChannel) },
            Leadership(leadership) with { Buttons = Buttons(LeadershipTopic, inChannel) },
            ThreeBs(threeBs) with { Buttons = Buttons(ThreeBsTopic, inChannel) },
            Forces(forces) with { Buttons = Buttons(ForcesTopic, inChannel) },
        ],
        Language = CardLanguage.Current,
    });

    private static SummarySection CheckIn(CheckInSummary summary) => new(Strings.SummaryCheckInTitle)
    {
        Text = summary.ShowsFigures
            ? CheckInSummaryCard.WithOpenRound(Texts.Format(Strings.SummaryOverviewCheckIn, MemberText.Escape(summary.RoundName!), summary.Respondents), summary)
            : CheckInSummaryCard.WithoutFigures(summary),
        Facts = [.. summary.Aspects.Select(a => new Fact(CheckIns.CheckInTexts.Name(a.Aspect), CheckInSummaryCard.AspectValue(a)))],
    };

    private static SummarySection Leadership(LeadershipSummary summary) => new(Strings.SummaryLeadershipTitle)
    {
        Text = summary.Respondents == 0 ? Strings.SummaryLeadershipNone
            : summary.ShowsFigures ? Texts.Format(Strings.SummaryOverviewLeadership, summary.Respondents)
            : CheckInSummaryCard.NoFigures(summary.Respondents, summary.MinimumRespondents),
        Facts = summary.Development is { } development ? [new Fact(Strings.LeadershipFittingStyle, LeadershipResultView.NameOf(development.NeededStyle))] : [],
    };

    private static SummarySection ThreeBs(ThreeBsSummary summary) => new(Strings.SummaryThreeBsTitle)
    {
        Text = summary.PartnerCount == 0 ? Strings.SummaryThreeBsNone
            : Texts.Plural(summary.PartnerCount, Strings.SummaryOverviewThreeBsOne, Strings.SummaryOverviewThreeBs, summary.PartnerCount - summary.Undescribed.Count),
        Facts =
        [
            .. summary.Coverage.MissingRoles.Count == 0 ? [] : new[] { new Fact(Strings.SummaryRolesMissing, string.Join(", ", summary.Coverage.MissingRoles.Select(Coalitions.NetworkRoleTexts.Name))) },
            .. summary.Coverage.MissingLevels.Count == 0 ? [] : new[] { new Fact(Strings.SummaryLevelsMissing, string.Join(", ", summary.Coverage.MissingLevels.Select(Coalitions.PartnerLevelTexts.Name))) },
        ],
    };

    private static SummarySection Forces(ForceSummary summary) => new(Strings.SummaryForcesTitle)
    {
        Text = summary.Figures is { } figures
            ? Texts.Plural(summary.Respondents, Strings.SummaryOverviewForcesOne, Strings.SummaryOverviewForces, figures.For.Count, figures.Against.Count)
            : ForceSummaryCard.WithoutFigures(summary),
    };

    private static IReadOnlyList<SummaryButton> Buttons(string topic, bool inChannel) => inChannel
        ? [Open(Strings.SummaryOpen, SummaryRequest.Command(topic)), Open(Strings.SummaryOpenNewThread, SummaryRequest.Command(topic, SummaryRequest.NewThreadWord))]
        : [Open(Strings.SummaryOpen, SummaryRequest.Command(topic))];

    private static SummaryButton Open(string title, string command) => new(title, CommandButtons.Data(command));

}
