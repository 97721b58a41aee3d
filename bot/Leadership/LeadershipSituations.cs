using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>
/// The situations of the self-assessment, taken from the daily work of a local coalition (Kansrijke
/// Start: municipality, GGD, midwives, youth health care, residents). The ids are stored with every
/// answer: never change or reuse one; add a new situation with a new id instead.
/// </summary>
public static class LeadershipSituations
{
    public static IReadOnlyList<LeadershipSituation> All { get; } =
    [
        new("kick-off", () => Strings.LeadershipSituationKickOff,
            () => Strings.LeadershipSituationKickOffDirecting, () => Strings.LeadershipSituationKickOffCoaching,
            () => Strings.LeadershipSituationKickOffSupporting, () => Strings.LeadershipSituationKickOffDelegating),
        new("late-figures", () => Strings.LeadershipSituationLateFigures,
            () => Strings.LeadershipSituationLateFiguresDirecting, () => Strings.LeadershipSituationLateFiguresCoaching,
            () => Strings.LeadershipSituationLateFiguresSupporting, () => Strings.LeadershipSituationLateFiguresDelegating),
        new("second-neighbourhood", () => Strings.LeadershipSituationSecondNeighbourhood,
            () => Strings.LeadershipSituationSecondNeighbourhoodDirecting, () => Strings.LeadershipSituationSecondNeighbourhoodCoaching,
            () => Strings.LeadershipSituationSecondNeighbourhoodSupporting, () => Strings.LeadershipSituationSecondNeighbourhoodDelegating),
        new("resident-voice", () => Strings.LeadershipSituationResidentVoice,
            () => Strings.LeadershipSituationResidentVoiceDirecting, () => Strings.LeadershipSituationResidentVoiceCoaching,
            () => Strings.LeadershipSituationResidentVoiceSupporting, () => Strings.LeadershipSituationResidentVoiceDelegating),
        new("referrals", () => Strings.LeadershipSituationReferrals,
            () => Strings.LeadershipSituationReferralsDirecting, () => Strings.LeadershipSituationReferralsCoaching,
            () => Strings.LeadershipSituationReferralsSupporting, () => Strings.LeadershipSituationReferralsDelegating),
        new("funding-bid", () => Strings.LeadershipSituationFundingBid,
            () => Strings.LeadershipSituationFundingBidDirecting, () => Strings.LeadershipSituationFundingBidCoaching,
            () => Strings.LeadershipSituationFundingBidSupporting, () => Strings.LeadershipSituationFundingBidDelegating),
        new("empty-chairs", () => Strings.LeadershipSituationEmptyChairs,
            () => Strings.LeadershipSituationEmptyChairsDirecting, () => Strings.LeadershipSituationEmptyChairsCoaching,
            () => Strings.LeadershipSituationEmptyChairsSupporting, () => Strings.LeadershipSituationEmptyChairsDelegating),
        new("slow-meetings", () => Strings.LeadershipSituationSlowMeetings,
            () => Strings.LeadershipSituationSlowMeetingsDirecting, () => Strings.LeadershipSituationSlowMeetingsCoaching,
            () => Strings.LeadershipSituationSlowMeetingsSupporting, () => Strings.LeadershipSituationSlowMeetingsDelegating),
        new("monitor", () => Strings.LeadershipSituationMonitor,
            () => Strings.LeadershipSituationMonitorDirecting, () => Strings.LeadershipSituationMonitorCoaching,
            () => Strings.LeadershipSituationMonitorSupporting, () => Strings.LeadershipSituationMonitorDelegating),
        new("new-partner", () => Strings.LeadershipSituationNewPartner,
            () => Strings.LeadershipSituationNewPartnerDirecting, () => Strings.LeadershipSituationNewPartnerCoaching,
            () => Strings.LeadershipSituationNewPartnerSupporting, () => Strings.LeadershipSituationNewPartnerDelegating),
    ];
}
