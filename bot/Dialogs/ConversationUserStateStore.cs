using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Storage;

namespace CoalitionBot.Dialogs;

/// <summary>Loads and saves <see cref="ConversationUserState"/> with the ETag it was read at, so two turns cannot overwrite each other.</summary>
public sealed class ConversationUserStateStore(IDocumentStore store)
{
    public async Task<StateSession> LoadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        var document = await store.ReadJsonAsync(key, DialogJsonContext.Default.ConversationUserState, cancellationToken);
        return new StateSession(key, document?.Value ?? new ConversationUserState(), document?.ETag);
    }

    /// <summary>Writes the state if the turn changed it.</summary>
    /// <exception cref="ConcurrencyConflictException">Another turn of the same user saved in between.</exception>
    public async Task SaveAsync(StateSession session, CancellationToken cancellationToken)
    {
        if (!session.IsChanged) return;
        var eTag = await store.WriteJsonAsync(session.Key, session.State, DialogJsonContext.Default.ConversationUserState, WriteCondition.For(session.ETag), cancellationToken);
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
            if (await store.ReadJsonAsync(key, DialogJsonContext.Default.ConversationUserState, cancellationToken) is { } document) states.Add(document.Value);
        return states;
    }
}

/// <summary>One turn's view of the state: change <see cref="State"/> freely; it is saved once at the end.</summary>
public sealed class StateSession(string key, ConversationUserState state, string? eTag)
{
    private ConversationUserState saved = state;

    public string Key { get; } = key;
    public string? ETag { get; private set; } = eTag;
    public ConversationUserState State { get; set; } = state;

    /// <summary>State records compare by value, except their collections; a new instance counts as a change.</summary>
    public bool IsChanged => !ReferenceEquals(State, saved);

    internal void MarkSaved(string newETag) => (saved, ETag) = (State, newETag);
}
