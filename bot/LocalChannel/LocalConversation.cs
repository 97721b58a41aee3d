using System.Globalization;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// One conversation of the local channel: a member's 1:1 chat or the shared team channel. Holds the
/// transcript clients poll, the simulated members who joined, and hands out activity ids. Thread-safe.
/// </summary>
internal sealed class LocalConversation(string id, LocalConversationKind kind, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly LocalTranscript transcript = new();
    private readonly List<ChannelAccount> members = [];
    private long nextActivityNumber;
    private bool started;

    public string Id { get; } = id;
    public LocalConversationKind Kind { get; } = kind;
    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    /// <summary>True only for the first caller: that one tells the bot the conversation began.</summary>
    public bool MarkStarted()
    {
        lock (gate)
        {
            if (started) return false;
            started = true;
            return true;
        }
    }

    /// <summary>Adds the member; false when they were in already.</summary>
    public bool Join(ChannelAccount member)
    {
        lock (gate)
        {
            if (members.Any(m => m.Id == member.Id)) return false;
            members.Add(member);
            return true;
        }
    }

    public IReadOnlyList<ChannelAccount> Members
    {
        get { lock (gate) return [.. members]; }
    }

    /// <summary>Gives the activity an id (as Direct Line does: conversation id, '|', a counter) and a timestamp, and appends it.</summary>
    public Activity Append(Activity activity)
    {
        lock (gate)
        {
            var stamped = activity with
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{++nextActivityNumber:D7}"),
                Timestamp = time.GetUtcNow(),
            };
            transcript.Add(stamped);
            LastUsed = time.GetUtcNow();
            return stamped;
        }
    }

    /// <summary>Replaces an activity, keeping its id, timestamp and sender; null when there is no such activity.</summary>
    public Activity? Replace(string activityId, Activity replacement)
    {
        lock (gate)
        {
            Activity? updated = null;
            var found = transcript.Replace(activityId, original => updated = replacement with
            {
                Id = original.Id,
                Timestamp = original.Timestamp,
                From = replacement.From ?? original.From,
                Conversation = original.Conversation,
            });
            if (found) LastUsed = time.GetUtcNow();
            return found ? updated : null;
        }
    }

    public (IReadOnlyList<Activity> Activities, long Watermark) Since(long watermark)
    {
        lock (gate) return (transcript.Since(watermark), transcript.Watermark);
    }

    /// <summary>The newest activity that matches, looking back from the end of the transcript.</summary>
    public Activity? FindNewest(Func<Activity, bool> match)
    {
        lock (gate) return transcript.NewestFirst().FirstOrDefault(match);
    }
}
