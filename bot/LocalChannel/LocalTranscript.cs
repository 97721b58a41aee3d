using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// The activities of one conversation, in the order clients should receive them, bounded to the newest
/// <see cref="MaxActivities"/>. Every addition or replacement gets the next sequence number, which is the
/// Direct Line watermark: a client asking with watermark <c>w</c> gets what changed after <c>w</c>.
/// A replaced activity (the bot's PUT) moves to the end with its id and timestamp kept, so Web Chat,
/// which drops an activity when another with the same id arrives and orders by timestamp, shows it in place.
/// Not thread-safe: <see cref="LocalConversation"/> locks around it.
/// </summary>
internal sealed class LocalTranscript
{
    public const int MaxActivities = 500;

    private readonly LinkedList<(long Sequence, Activity Activity)> entries = new();
    private long sequence;

    public long Watermark => sequence;

    public void Add(Activity activity)
    {
        entries.AddLast((++sequence, activity));
        while (entries.Count > MaxActivities) entries.RemoveFirst();
    }

    /// <summary>Replaces the activity with this id; false when it is not (or no longer) in the transcript.</summary>
    public bool Replace(string activityId, Func<Activity, Activity> replace)
    {
        for (var node = entries.First; node is not null; node = node.Next)
        {
            if (node.Value.Activity.Id != activityId) continue;
            var replacement = replace(node.Value.Activity);
            entries.Remove(node);
            entries.AddLast((++sequence, replacement));
            return true;
        }
        return false;
    }

    /// <summary>Everything that changed after the watermark, oldest change first.</summary>
    public IReadOnlyList<Activity> Since(long watermark) =>
        [.. entries.Where(e => e.Sequence > watermark).Select(e => e.Activity)];

    /// <summary>The newest activities first, for looking back (e.g. which card a submit came from).</summary>
    public IEnumerable<Activity> NewestFirst()
    {
        for (var node = entries.Last; node is not null; node = node.Previous) yield return node.Value.Activity;
    }
}
