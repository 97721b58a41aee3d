using CoalitionBot.Resources;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Leadership;

/// <summary>
/// The situations of the self-assessment, taken from the daily work of a local coalition (Kansrijke
/// Start: municipality, GGD, midwives, youth health care, residents), each with the style that fits it. Any member
/// answers them as the one who takes the lead in that situation (in a meeting, a working group or their own
/// organisation). The ids are stored with every answer: never change or reuse one; add a new situation with a new id.
/// The fitting style follows situational leadership: how able and how committed the people in the situation are.
/// </summary>
public static class LeadershipSituations
{
    public static IReadOnlyList<LeadershipSituation> All { get; } =
    [
        // Enthusiastic partners who have never set up such an approach: committed, not yet able. Sturen.
        new("kick-off", Directing, () => Strings.LeadershipSituationKickOff,
            () => Strings.LeadershipSituationKickOffDirecting, () => Strings.LeadershipSituationKickOffCoaching,
            () => Strings.LeadershipSituationKickOffSupporting, () => Strings.LeadershipSituationKickOffDelegating),
        // Youth health care has the figures and knows how to deliver them; making time for it is what fails twice:
        // able, commitment wavering. Ondersteunen.
        new("late-figures", Supporting, () => Strings.LeadershipSituationLateFigures,
            () => Strings.LeadershipSituationLateFiguresDirecting, () => Strings.LeadershipSituationLateFiguresCoaching,
            () => Strings.LeadershipSituationLateFiguresSupporting, () => Strings.LeadershipSituationLateFiguresDelegating),
        // A working group that has run well for a year and wants to do more: able and committed. Delegeren.
        new("second-neighbourhood", Delegating, () => Strings.LeadershipSituationSecondNeighbourhood,
            () => Strings.LeadershipSituationSecondNeighbourhoodDirecting, () => Strings.LeadershipSituationSecondNeighbourhoodCoaching,
            () => Strings.LeadershipSituationSecondNeighbourhoodSupporting, () => Strings.LeadershipSituationSecondNeighbourhoodDelegating),
        // Her ideas are good, but she does not yet dare to bring them in: able, unsure. Ondersteunen.
        new("resident-voice", Supporting, () => Strings.LeadershipSituationResidentVoice,
            () => Strings.LeadershipSituationResidentVoiceDirecting, () => Strings.LeadershipSituationResidentVoiceCoaching,
            () => Strings.LeadershipSituationResidentVoiceSupporting, () => Strings.LeadershipSituationResidentVoiceDelegating),
        // Both know their profession, but not yet how to divide this task between them, and the stalled talks wear
        // down their willingness: somewhat able, commitment wavering. Begeleiden.
        new("referrals", Coaching, () => Strings.LeadershipSituationReferrals,
            () => Strings.LeadershipSituationReferralsDirecting, () => Strings.LeadershipSituationReferralsCoaching,
            () => Strings.LeadershipSituationReferralsSupporting, () => Strings.LeadershipSituationReferralsDelegating),
        // A new policy officer, keen, who has never written such an application: committed, not yet able. Sturen.
        new("funding-bid", Directing, () => Strings.LeadershipSituationFundingBid,
            () => Strings.LeadershipSituationFundingBidDirecting, () => Strings.LeadershipSituationFundingBidCoaching,
            () => Strings.LeadershipSituationFundingBidSupporting, () => Strings.LeadershipSituationFundingBidDelegating),
        // GPs and the housing corporation know what they could bring, but stay away: able, less committed. Ondersteunen.
        new("empty-chairs", Supporting, () => Strings.LeadershipSituationEmptyChairs,
            () => Strings.LeadershipSituationEmptyChairsDirecting, () => Strings.LeadershipSituationEmptyChairsCoaching,
            () => Strings.LeadershipSituationEmptyChairsSupporting, () => Strings.LeadershipSituationEmptyChairsDelegating),
        // The partners have met for a while but have not found a way of working together, and are getting
        // dissatisfied: somewhat able, commitment wavering. Begeleiden.
        new("slow-meetings", Coaching, () => Strings.LeadershipSituationSlowMeetings,
            () => Strings.LeadershipSituationSlowMeetingsDirecting, () => Strings.LeadershipSituationSlowMeetingsCoaching,
            () => Strings.LeadershipSituationSlowMeetingsSupporting, () => Strings.LeadershipSituationSlowMeetingsDelegating),
        // The GGD proposes it themselves and has done it before: able and committed. Delegeren.
        new("monitor", Delegating, () => Strings.LeadershipSituationMonitor,
            () => Strings.LeadershipSituationMonitorDirecting, () => Strings.LeadershipSituationMonitorCoaching,
            () => Strings.LeadershipSituationMonitorSupporting, () => Strings.LeadershipSituationMonitorDelegating),
        // Eager to start, little experience with this group of parents: committed, not yet able. Sturen.
        new("new-partner", Directing, () => Strings.LeadershipSituationNewPartner,
            () => Strings.LeadershipSituationNewPartnerDirecting, () => Strings.LeadershipSituationNewPartnerCoaching,
            () => Strings.LeadershipSituationNewPartnerSupporting, () => Strings.LeadershipSituationNewPartnerDelegating),
    ];

    /// <summary>The style that fits the situation with this id, or null for an id this bot does not know (a removed situation).</summary>
    public static LeadershipStyle? FittingStyleOf(string situationId) => All.FirstOrDefault(s => s.Id == situationId)?.FittingStyle;
}
