using System.Collections.Concurrent;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Storage;

namespace CoalitionBot.Conversations;

/// <summary>
/// Remembers how to reach every conversation (and every team) the bot has seen, so it can message
/// them proactively after a restart. Refreshed on every activity, but written only when something
/// changed: the common turn costs no storage call here.
/// </summary>
public sealed class ConversationReferenceStore(IDocumentStore store, TrustedServiceUrls trustedServiceUrls)
{
    private const int MaxRemembered = 20_000;
    private readonly ConcurrentDictionary<string, ConversationReference> lastWritten = new();

    /// <summary>Saves the references an activity reveals: its conversation and, in a team, the team.</summary>
    public async Task RefreshAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId is null || activity.Conversation?.Id is null || activity.ServiceUrl is null) return;

        var personal = activity.Conversation.IsPersonal;
        var reference = activity.GetConversationReference() with
        {
            ActivityId = null, // changes every turn and is not needed to start a new message
            Conversation = activity.Conversation with { Id = TeamsConversationId.ChannelOf(activity.Conversation.Id) },
            // A channel or group chat is reached without naming whoever spoke last; only a 1:1 chat is about one person.
            User = personal ? activity.From : null,
        };
        // 1:1 chats by person, so a reminder can reach a member and "delete my data" can find their chat.
        var key = personal && activity.From?.Id is { } userId
            ? PersonalKey(activity.ChannelId, userId)
            : ConversationKey(activity.ChannelId, reference.Conversation!.Id!);
        var written = await SaveIfChangedAsync(key, reference, cancellationToken);
        // They wrote again, so their chat works again: reminders may reach it.
        if (written && personal && activity.From?.Id is { } writer) await store.DeleteAsync(InactiveKey(activity.ChannelId, writer), null, cancellationToken);

        if (activity.GetTeamsChannelData().Team?.Id is { } teamId)
        {
            // The team's General channel has the team's id; posting there needs no other state.
            var teamReference = reference with { User = null, Conversation = reference.Conversation with { Id = teamId, Name = null } };
            await SaveIfChangedAsync(TeamKey(activity.ChannelId, teamId), teamReference, cancellationToken);
            // The channel the team last talked to the bot in (or installed it in): where a summary asked for in a 1:1
            // chat is posted. Other team events do not count: they name the team, or a channel that is being deleted.
            if (activity.Conversation.IsChannel && TalksToTheBot(activity))
                await SaveIfChangedAsync(LastChannelKey(activity.ChannelId, teamId), reference with { User = null }, cancellationToken);
        }
    }

    private static bool TalksToTheBot(Activity activity) =>
        activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Invoke)
        || activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true
        || (activity.IsType(ActivityTypes.InstallationUpdate) && string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The channel where the team last used the bot, or else the team's General channel (the team reference);
    /// null when the bot never saw the team.
    /// </summary>
    public async Task<ConversationReference?> GetTeamChannelAsync(string channelId, string teamId, CancellationToken cancellationToken) =>
        await ReadAsync(LastChannelKey(channelId, teamId), cancellationToken) ?? await GetTeamAsync(channelId, teamId, cancellationToken);

    public Task<ConversationReference?> GetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(ConversationKey(channelId, TeamsConversationId.ChannelOf(conversationId)), cancellationToken);

    /// <summary>The 1:1 chat of a person with the bot, if they ever had one.</summary>
    public Task<ConversationReference?> GetPersonalAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        ReadAsync(PersonalKey(channelId, userId), cancellationToken);

    /// <summary>Forgets the person's 1:1 chat (they asked to be forgotten); it comes back when they write again.</summary>
    public async Task<bool> ForgetPersonalAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var key = PersonalKey(channelId, userId);
        lastWritten.TryRemove(key, out _);
        await store.DeleteAsync(InactiveKey(channelId, userId), null, cancellationToken);
        return await store.DeleteAsync(key, null, cancellationToken);
    }

    /// <summary>
    /// The channel refused the person's 1:1 chat (403/404: the bot was removed or blocked), or Teams reported the app
    /// removed from it. Reminders leave it
    /// alone until the person writes to the bot again, which clears the mark.
    /// </summary>
    public Task MarkPersonalInactiveAsync(string channelId, string userId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lastWritten.TryRemove(PersonalKey(channelId, userId), out _); // so their next message here rewrites it, and clears the mark
        return store.WriteJsonAsync(InactiveKey(channelId, userId), new InactiveConversation(at, reason), ConversationJsonContext.Default.InactiveConversation, WriteCondition.Always, cancellationToken);
    }

    /// <summary>
    /// A channel of the team was deleted: the bot forgets the way to it, and when the team last used the bot there,
    /// summaries asked for in a 1:1 chat go to the team's General channel again.
    /// </summary>
    public async Task ForgetChannelAsync(string channelId, string teamId, string deletedChannelId, CancellationToken cancellationToken)
    {
        var conversationKey = ConversationKey(channelId, deletedChannelId);
        lastWritten.TryRemove(conversationKey, out _);
        await store.DeleteAsync(conversationKey, null, cancellationToken);
        var lastChannelKey = LastChannelKey(channelId, teamId);
        if (await ReadAsync(lastChannelKey, cancellationToken) is not { Conversation.Id: var lastChannel } || lastChannel != deletedChannelId) return;
        lastWritten.TryRemove(lastChannelKey, out _);
        await store.DeleteAsync(lastChannelKey, null, cancellationToken);
    }

    /// <summary>Everyone whose 1:1 chat is marked inactive, from one listing: a fan-out asks once, not per member.</summary>
    public async Task<IReadOnlySet<string>> InactivePersonalAsync(string channelId, CancellationToken cancellationToken) =>
        (await store.ChildNamesAsync(StorageKey.Of("references", "inactive", channelId), cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public Task<ConversationReference?> GetTeamAsync(string channelId, string teamId, CancellationToken cancellationToken) =>
        ReadAsync(TeamKey(channelId, teamId), cancellationToken);

    private async Task<ConversationReference?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var document = await store.ReadJsonAsync(key, BotJsonContext.Default.ConversationReference, cancellationToken);
        // It was stored from an authenticated activity, so its serviceUrl may receive tokens again.
        if (document?.Value.ServiceUrl is { } serviceUrl) trustedServiceUrls.Trust(serviceUrl);
        return document?.Value;
    }

    private async Task<bool> SaveIfChangedAsync(string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        // The reference and its parts are records of plain values, so == compares their contents.
        if (lastWritten.TryGetValue(key, out var previous) && previous == reference) return false;
        await store.WriteJsonAsync(key, reference, BotJsonContext.Default.ConversationReference, WriteCondition.Always, cancellationToken);
        if (lastWritten.Count >= MaxRemembered) lastWritten.Clear();
        lastWritten[key] = reference;
        return true;
    }

    private static string PersonalKey(string channelId, string userId) => StorageKey.Of("references", "personal", channelId, userId);

    private static string InactiveKey(string channelId, string userId) => StorageKey.Of("references", "inactive", channelId, userId);

    private static string ConversationKey(string channelId, string conversationId) => StorageKey.Of("references", "conversations", channelId, conversationId);

    private static string TeamKey(string channelId, string teamId) => StorageKey.Of("references", "teams", channelId, teamId);

    private static string LastChannelKey(string channelId, string teamId) => StorageKey.Of("references", "team-channels", channelId, teamId);
}
