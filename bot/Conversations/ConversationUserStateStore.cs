using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Storage;

namespace CoalitionBot.Conversations;

/// <summary>Loads and saves <see cref="ConversationUserState"/> with the ETag it was read at, so two turns cannot overwrite each other.</summary>
public sealed class ConversationUserStateStore(IDocumentStore store)
{
    public async Task<StateSession> LoadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        var document = await store.ReadJsonAsync(key, ConversationJsonContext.Default.ConversationUserState, cancellationToken);
        return new StateSession(key, document?.Value ?? new ConversationUserState(), document?.ETag, SaveAsync, ReloadAsync);
    }

    private async Task ReloadAsync(StateSession session, CancellationToken cancellationToken)
    {
        var document = await store.ReadJsonAsync(session.Key, ConversationJsonContext.Default.ConversationUserState, cancellationToken);
        session.MarkReloaded(document?.Value ?? new ConversationUserState(), document?.ETag);
    }

    /// <summary>Writes the state at the ETag it was read at (<see cref="StateSession.SaveAsync"/>).</summary>
    private async Task SaveAsync(StateSession session, CancellationToken cancellationToken)
    {
        NewerSchemaException.ThrowIfNewer(session.Key, session.Saved);
        var eTag = await store.WriteJsonAsync(session.Key, session.State, ConversationJsonContext.Default.ConversationUserState, WriteCondition.For(session.ETag), cancellationToken);
        session.MarkSaved(eTag);
    }

    /// <summary>By channel and user first, so everything kept for one person is one listing away (see <see cref="KeysOfUserAsync"/>).</summary>
    private static string KeyOf(Activity activity) => StorageKey.Of(
        "state",
        activity.ChannelId ?? "unknown",
        activity.From?.Id ?? throw new ArgumentException("The activity has no sender.", nameof(activity)),
        TeamsConversationId.ChannelOf(activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity))));

    /// <summary>The keys of every conversation state kept for this person.</summary>
    public async Task<IReadOnlyList<string>> KeysOfUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync(StorageKey.Of("state", channelId, userId) + "/", cancellationToken)) keys.Add(key);
        return keys;
    }

    public async Task<IReadOnlyList<ConversationUserState>> StatesOfUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var states = new List<ConversationUserState>();
        foreach (var key in await KeysOfUserAsync(channelId, userId, cancellationToken))
            if (await store.ReadJsonAsync(key, ConversationJsonContext.Default.ConversationUserState, cancellationToken) is { } document) states.Add(document.Value);
        return states;
    }
}
