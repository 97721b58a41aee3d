using System.Collections.Concurrent;

namespace CoalitionBot.Benchmarks.Channel;

/// <summary>
/// What reached each recipient: a message with the same content delivered twice to one conversation is a
/// duplicate (a retry of a send that had in fact arrived, or a reminder sent twice).
/// </summary>
public sealed class DeliveryLedger
{
    private readonly ConcurrentDictionary<(string Conversation, string Content), int> deliveries = new();
    private int duplicates;

    public int Delivered => deliveries.Count + duplicates;
    public int Duplicates => Volatile.Read(ref duplicates);
    public int Recipients => deliveries.Keys.Select(k => k.Conversation).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Records a delivery; true when this recipient already had this content.</summary>
    public bool Record(string conversationId, string content)
    {
        var count = deliveries.AddOrUpdate((conversationId, content), 1, (_, n) => n + 1);
        if (count == 1) return false;
        Interlocked.Increment(ref duplicates);
        return true;
    }
}
