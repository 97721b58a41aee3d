using CoalitionBot.CheckIns;
using CoalitionBot.Leadership;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Reminders;

/// <summary>
/// Who answered what a reminder asked for: the check-in in the round open since the occurrence, or a
/// leadership questionnaire or a 3 B's description since the occurrence. A free message asks no answer.
/// </summary>
public sealed class ReminderAnswers(CheckInStore rounds, LeadershipStore leadership, ThreeBsStore threeBs)
{
    public async Task<IReadOnlySet<string>> WhoAnsweredAsync(ReminderJob job, CancellationToken cancellationToken)
    {
        var coalition = job.Schedule.Coalition;
        var since = job.Occurrence;
        switch (job.Schedule.Topic)
        {
            case ReminderTopic.CheckIn:
                var round = await rounds.RoundSinceAsync(coalition, since, cancellationToken);
                return (round?.Answers.Keys ?? []).ToHashSet();
            case ReminderTopic.Leadership:
                var results = await leadership.GetAsync(coalition, cancellationToken);
                return (results?.Members ?? []).Where(m => m.Latest.AnsweredAt >= since).Select(m => m.UserId).ToHashSet();
            case ReminderTopic.ThreeBs:
                var answered = new HashSet<string>();
                foreach (var partnerId in await threeBs.PartnerIdsAsync(coalition, cancellationToken))
                    if (await threeBs.GetAsync(coalition, partnerId, cancellationToken) is { } descriptions)
                        answered.UnionWith(descriptions.ByMember.Values.Where(m => m.Current.DescribedAt >= since).Select(m => m.Current.UserId));
                return answered;
            default:
                return new HashSet<string>();
        }
    }
}
