namespace CoalitionBot.Benchmarks.Channel;

/// <summary>
/// Teams' throttling of a bot as the channel service plays it: at most <c>perConversation</c> messages per
/// second to one conversation and <see cref="PerTenant"/> requests per second in one tenant (sliding one-second
/// windows). A refused request does not use up quota; its answer says how long to wait (Retry-After).
/// </summary>
public sealed class TeamsThrottling(TimeProvider time, int perConversation = 7, int perTenant = 50)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> byConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> byTenant = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public int PerTenant => perTenant;

    /// <summary>
    /// Null when the request may pass (and is counted), otherwise how long until it would. A request that sends no
    /// message to a conversation (creating a chat) has no <paramref name="conversationId"/> and counts for the tenant only.
    /// </summary>
    public TimeSpan? TryAcquire(string tenantId, string? conversationId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            var tenant = Recent(byTenant, tenantId, now);
            var conversation = conversationId is null ? null : Recent(byConversation, tenantId + "/" + conversationId, now);
            var wait = Max(WaitFor(tenant, perTenant, now), conversation is null ? null : WaitFor(conversation, perConversation, now));
            if (wait is not null) return wait;
            tenant.Enqueue(now);
            conversation?.Enqueue(now);
            return null;
        }
    }

    private static Queue<DateTimeOffset> Recent(Dictionary<string, Queue<DateTimeOffset>> windows, string key, DateTimeOffset now)
    {
        if (!windows.TryGetValue(key, out var window)) windows[key] = window = new Queue<DateTimeOffset>();
        while (window.Count > 0 && window.Peek() <= now - Window) window.Dequeue();
        return window;
    }

    /// <summary>Full: wait until the oldest request in the window leaves it.</summary>
    private static TimeSpan? WaitFor(Queue<DateTimeOffset> window, int limit, DateTimeOffset now) =>
        window.Count < limit ? null : window.Peek() + Window - now;

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
