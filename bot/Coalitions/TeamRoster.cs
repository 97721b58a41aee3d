using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.Coalitions;

/// <summary>
/// Keeps a coalition in step with its team: created when the bot is installed (the installer becomes
/// its first admin, the team's roster its members), and members added or removed as Teams reports it.
/// </summary>
public sealed partial class TeamRoster(CoalitionStore coalitions, ConnectorClient connector, TimeProvider time, ILogger<TeamRoster> logger)
{
    /// <summary>The coalition of the team this activity came from, or null outside a team.</summary>
    public static CoalitionId? CoalitionOf(Activity activity) =>
        activity.GetTeamsChannelData().Team?.Id is { Length: > 0 } teamId && activity.GetTenantId() is { Length: > 0 } tenantId
            ? new CoalitionId(tenantId, teamId)
            : null;

    /// <summary>The bot was added to a team: the installer becomes admin and everyone on the roster a member.</summary>
    public async Task<Coalition> OnInstalledAsync(TurnContext turn, CoalitionId id, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var installer = activity.From;
        var coalition = await coalitions.UpdateAsync(id, () => New(activity, id), c =>
        {
            // Installed again after it was removed: the coalition is active again, with the data it kept.
            var updated = c.Reactivated() with { Name = activity.GetTeamsChannelData().Team?.Name ?? c.Name, ServiceUrl = activity.ServiceUrl };
            // Only a coalition without an admin gets one this way; a reinstall does not change roles.
            return installer?.Id is { } installerId && !updated.Members.Any(m => m.Role == CoalitionRole.Admin)
                ? updated.WithMember(installerId, installer.Name, installer.AadObjectId, CoalitionRole.Admin)
                : updated;
        }, cancellationToken);

        LogInstalled(id.TenantId, id.TeamId);

        var roster = await ReadRosterAsync(activity.ServiceUrl!, id.TeamId, cancellationToken);
        if (installer?.Id is { } installerUserId) roster.Add((installerUserId, installer.Name, installer.AadObjectId));
        return await coalitions.AddMembersAsync(id, () => New(activity, id), roster, cancellationToken);
    }

    /// <summary>Someone acts in the team's channel: make sure they count as a member (a coalition seen for the first time is created, its first user its admin).</summary>
    public async Task<Coalition> EnsureMemberAsync(Activity activity, CoalitionId id, CancellationToken cancellationToken)
    {
        var existing = await coalitions.GetAsync(id, cancellationToken);
        var sender = activity.From!;
        if (existing?.Member(sender.Id!) is not null) return existing;
        if (existing is null)
        {
            // Installed before the bot kept coalitions, or the install event was missed: the first person to use it is its admin.
            await coalitions.UpdateAsync(id, () => New(activity, id), c => c.Members.Count == 0 ? c.WithMember(sender.Id!, sender.Name, sender.AadObjectId, CoalitionRole.Admin) : c, cancellationToken);
        }
        return await coalitions.AddMembersAsync(id, () => New(activity, id), [(sender.Id!, sender.Name, sender.AadObjectId)], cancellationToken);
    }

    /// <summary>Members joined or left the team; a coalition left without an admin (stored before the succession rule) gets one.</summary>
    public async Task OnMembersChangedAsync(Activity activity, CoalitionId id, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var added = (activity.MembersAdded ?? []).Where(m => m.Id is not null && m.Id != botId).Select(m => (m.Id!, m.Name, m.AadObjectId)).ToList();
        if (added.Count > 0) await coalitions.AddMembersAsync(id, () => New(activity, id), added, cancellationToken);
        var removed = (activity.MembersRemoved ?? []).Where(m => m.Id is not null && m.Id != botId).ToList();
        foreach (var member in removed)
            await coalitions.MemberLeftAsync(id, member.Id!, cancellationToken);
        if (added.Count > 0 || removed.Count > 0) LogMembersChanged(id.TenantId, id.TeamId, added.Count, removed.Count);
        if (await coalitions.GetAsync(id, cancellationToken) is { } coalition) await coalitions.WithAnAdminAsync(coalition, cancellationToken);
    }

    private async Task<List<(string UserId, string? Name, string? AadObjectId)>> ReadRosterAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var roster = new List<(string, string?, string?)>();
        try
        {
            await foreach (var member in connector.GetAllMembersAsync(serviceUrl, teamId, cancellationToken))
                if (member.Id is not null) roster.Add((member.Id, member.Name, member.AadObjectId ?? member.ObjectId));
        }
        catch (ConnectorException ex)
        {
            // Without the roster, members join the coalition as they first talk to the bot.
            LogRosterUnavailable(ex);
        }
        return roster;
    }

    private Coalition New(Activity activity, CoalitionId id) => new()
    {
        Id = id,
        Name = activity.GetTeamsChannelData().Team?.Name,
        ServiceUrl = activity.ServiceUrl,
        CreatedAt = time.GetUtcNow(),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot was installed in team {TeamId} of tenant {TenantId}; the coalition is active")]
    private partial void LogInstalled(string tenantId, string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} of tenant {TenantId}: {Added} members joined, {Removed} left")]
    private partial void LogMembersChanged(string tenantId, string teamId, int added, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the team's roster; members are added as they use the bot")]
    private partial void LogRosterUnavailable(Exception exception);
}
