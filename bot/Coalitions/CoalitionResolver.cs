using CoalitionBot.BotFramework;
using CoalitionBot.Conversations;

namespace CoalitionBot.Coalitions;

/// <summary>
/// Finds the coalition a turn is about: in a team, that team's; in a 1:1 chat, the member's only
/// coalition, or the one they chose earlier; otherwise they must choose (or join one first).
/// A coalition found without an admin (stored before the succession rule) gets one before the command reads its roles.
/// </summary>
public sealed class CoalitionResolver(CoalitionStore coalitions, TeamRoster roster)
{
    public async Task<CoalitionResolution> ResolveAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        var resolution = await FindAsync(turn, session, cancellationToken);
        return resolution.Coalition is { } coalition ? CoalitionResolution.Found(await coalitions.WithAnAdminAsync(coalition, cancellationToken)) : resolution;
    }

    private async Task<CoalitionResolution> FindAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (TeamRoster.CoalitionOf(activity) is { } teamCoalition)
            return CoalitionResolution.Found(await roster.EnsureMemberAsync(activity, teamCoalition, cancellationToken));

        if (activity.GetTenantId() is not { Length: > 0 } tenantId || activity.From?.Id is not { Length: > 0 } userId)
            return CoalitionResolution.NotAMember;
        var memberships = await coalitions.CoalitionsOfAsync(tenantId, userId, cancellationToken);
        var chosen = memberships.FirstOrDefault(m => m.Id == session.State.CurrentCoalition)
            ?? (memberships.Count == 1 ? memberships[0] : null);
        if (chosen is null)
            return memberships.Count == 0 ? CoalitionResolution.NotAMember : CoalitionResolution.Choose(memberships);

        var coalition = await coalitions.GetAsync(chosen.Id, cancellationToken);
        return coalition?.Member(userId) is not null ? CoalitionResolution.Found(coalition) : CoalitionResolution.NotAMember;
    }
}

/// <summary>The coalition found, or the coalitions to choose from, or neither (not a member of any).</summary>
public sealed record CoalitionResolution(Coalition? Coalition, IReadOnlyList<CoalitionMembership> Choices)
{
    public static readonly CoalitionResolution NotAMember = new(null, []);
    public static CoalitionResolution Found(Coalition coalition) => new(coalition, []);
    public static CoalitionResolution Choose(IReadOnlyList<CoalitionMembership> choices) => new(null, choices);
}
