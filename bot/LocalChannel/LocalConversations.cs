using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// Every conversation of the local channel, in memory: one 1:1 chat per simulated member and one shared
/// team channel. At most <see cref="MaxConversations"/>; the one unused longest makes room for a new one.
/// </summary>
internal sealed class LocalConversations(TimeProvider time)
{
    public const int MaxConversations = 100;

    private readonly Dictionary<string, LocalConversation> conversations = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The member's own 1:1 chat, or the team channel; created on first use.</summary>
    public LocalConversation GetOrCreate(LocalConversationKind kind, string userId)
    {
        var id = kind == LocalConversationKind.Channel ? LocalTeam.ChannelConversationId : LocalTeam.PersonalConversationId(userId);
        lock (gate)
        {
            if (conversations.TryGetValue(id, out var existing)) return existing;
            if (conversations.Count >= MaxConversations)
                conversations.Remove(conversations.Values.MinBy(c => c.LastUsed)!.Id);
            return conversations[id] = new LocalConversation(id, kind, time);
        }
    }

    /// <summary>The conversation an id belongs to; a Teams thread id (<c>...;messageid=...</c>) belongs to its channel.</summary>
    public LocalConversation? Find(string conversationId)
    {
        lock (gate) return conversations.GetValueOrDefault(TeamsConversationId.ChannelOf(conversationId));
    }
}
