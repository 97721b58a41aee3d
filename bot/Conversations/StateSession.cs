namespace CoalitionBot.Conversations;

/// <summary>
/// One turn's view of the state: change <see cref="State"/> freely; the turn pipeline saves it once at the end of the
/// turn (and the dialog engine once before, to claim a submitted form).
/// </summary>
public sealed class StateSession(string key, ConversationUserState state, string? eTag, Func<StateSession, CancellationToken, Task> save,
    Func<StateSession, CancellationToken, Task>? reload = null)
{
    private ConversationUserState saved = state;

    public string Key { get; } = key;

    /// <summary>The state as it was read or last saved.</summary>
    public ConversationUserState Saved => saved;
    public string? ETag { get; private set; } = eTag;
    public ConversationUserState State { get; set; } = state;

    /// <summary>State records compare by value, except their collections; a new instance counts as a change.</summary>
    public bool IsChanged => !ReferenceEquals(State, saved);

    /// <summary>Writes the state if it changed since it was read or last saved.</summary>
    /// <exception cref="Storage.ConcurrencyConflictException">Another turn of the same user saved in between.</exception>
    public Task SaveAsync(CancellationToken cancellationToken) => IsChanged ? save(this, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Reads the state again, as another turn of the same user saved it, dropping this turn's unsaved changes (after a
    /// <see cref="Storage.ConcurrencyConflictException"/>: the other turn's state is the one to go on from).
    /// </summary>
    public Task ReloadAsync(CancellationToken cancellationToken) => reload is null ? Task.CompletedTask : reload(this, cancellationToken);

    internal void MarkSaved(string newETag) => (saved, ETag) = (State, newETag);

    internal void MarkReloaded(ConversationUserState current, string? currentETag) => (saved, State, ETag) = (current, current, currentETag);
}
