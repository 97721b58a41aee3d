using CoalitionBot.Storage;

namespace CoalitionBot.Coalitions;

/// <summary>
/// The coalition documents and each member's list of coalitions, changed together. Both are read on most turns,
/// so a version this instance saw less than <see cref="FreshFor"/> ago is used without asking storage again: its own
/// changes show at once, another instance's within that time.
/// </summary>
public sealed class CoalitionStore(IDocumentStore store, DocumentUpdater updater)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

    public Task<Coalition?> GetAsync(CoalitionId id, CancellationToken cancellationToken) =>
        updater.ReadRecentAsync(KeyOf(id), CoalitionJsonContext.Default.Coalition, FreshFor, cancellationToken);

    /// <summary>Changes the coalition (created by <paramref name="create"/> when new) and returns what was saved.</summary>
    public Task<Coalition> UpdateAsync(CoalitionId id, Func<Coalition> create, Func<Coalition, Coalition> change, CancellationToken cancellationToken) =>
        updater.UpdateAsync(KeyOf(id), CoalitionJsonContext.Default.Coalition, current => change(current ?? create()), cancellationToken);

    /// <summary>The coalitions the person is a member of now.</summary>
    public async Task<IReadOnlyList<CoalitionMembership>> CoalitionsOfAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        [.. (await AllCoalitionsOfAsync(tenantId, userId, cancellationToken)).Where(c => !c.HasLeft)];

    /// <summary>Adds people to the coalition (a roster, or one person seen in the team) and to their own lists.</summary>
    public async Task<Coalition> AddMembersAsync(CoalitionId id, Func<Coalition> create, IReadOnlyList<(string UserId, string? Name, string? AadObjectId)> people, CancellationToken cancellationToken)
    {
        var coalition = await UpdateAsync(id, create, c => people.Aggregate(c, (acc, p) => acc.WithMember(p.UserId, p.Name, p.AadObjectId)), cancellationToken);
        foreach (var person in people)
            await updater.UpdateAsync(UserKey(id.TenantId, person.UserId), CoalitionJsonContext.Default.UserCoalitions,
                current => (current ?? new UserCoalitions()).With(id, coalition.Name), cancellationToken);
        return coalition;
    }

    /// <summary>The coalition with an admin again (see <see cref="Coalition.WithAnAdmin"/>): one stored before there was that rule may have none.</summary>
    public async Task<Coalition> WithAnAdminAsync(Coalition coalition, CancellationToken cancellationToken) =>
        ReferenceEquals(coalition.WithAnAdmin(), coalition) ? coalition : await UpdateAsync(coalition.Id, () => coalition, current => current.WithAnAdmin(), cancellationToken);

    /// <summary>A person left the team: no longer a member, but their list keeps the coalition for "delete my data".</summary>
    public async Task MemberLeftAsync(CoalitionId id, string userId, CancellationToken cancellationToken)
    {
        await updater.ChangeExistingAsync(KeyOf(id), CoalitionJsonContext.Default.Coalition, current => current.WithoutMember(userId).WithAnAdmin(), cancellationToken);
        await updater.UpdateAsync(UserKey(id.TenantId, userId), CoalitionJsonContext.Default.UserCoalitions, current => (current ?? new UserCoalitions()).Left(id), cancellationToken);
    }

    /// <summary>Changes a stored coalition; a team the bot never kept a coalition for stays without one.</summary>
    public Task ChangeExistingAsync(CoalitionId id, Func<Coalition, Coalition> change, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(id), CoalitionJsonContext.Default.Coalition, change, cancellationToken);

    /// <summary>The team was renamed: the coalition and its members' lists (which the coalition chooser shows) take the new name.</summary>
    public async Task RenameAsync(CoalitionId id, string name, CancellationToken cancellationToken)
    {
        await ChangeExistingAsync(id, c => c.Name == name ? c : c with { Name = name }, cancellationToken);
        if (await GetAsync(id, cancellationToken) is not { } coalition) return;
        foreach (var member in coalition.Members)
            await updater.ChangeExistingAsync(UserKey(id.TenantId, member.UserId), CoalitionJsonContext.Default.UserCoalitions, current => current.Renamed(id, name), cancellationToken);
    }

    /// <summary>Erases a person from a coalition: their membership and their name on the partners they added.</summary>
    public Task ForgetMemberAsync(CoalitionId id, string userId, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(id), CoalitionJsonContext.Default.Coalition, current => current.Forget(userId).WithAnAdmin(), cancellationToken);

    /// <summary>Every coalition the person is or was in, including ones they left.</summary>
    public async Task<IReadOnlyList<CoalitionMembership>> AllCoalitionsOfAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        (await updater.ReadRecentAsync(UserKey(tenantId, userId), CoalitionJsonContext.Default.UserCoalitions, FreshFor, cancellationToken))?.Coalitions ?? [];

    public async Task<bool> DeleteUserListAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var key = UserKey(tenantId, userId);
        var deleted = await store.DeleteAsync(key, null, cancellationToken);
        updater.Forget(key);
        return deleted;
    }

    /// <summary>Every coalition in storage (one listing of all coalitions' documents; for background work, not for turns).</summary>
    public async Task<IReadOnlyList<CoalitionId>> AllIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<CoalitionId>();
        await foreach (var key in store.ListKeysAsync(CoalitionsPrefix, cancellationToken))
        {
            // coalitions/<tenant>/<team>/coalition
            var segments = key.Split('/');
            if (segments is [_, var tenant, var team, CoalitionDocument]) ids.Add(new CoalitionId(StorageKey.Unescape(tenant), StorageKey.Unescape(team)));
        }
        return ids;
    }

    private const string CoalitionDocument = "coalition";
    private const string CoalitionsPrefix = "coalitions/";

    public static string KeyOf(CoalitionId id) => id.Key(CoalitionDocument);

    public static string UserKey(string tenantId, string userId) => StorageKey.Of("users", tenantId, userId);
}
