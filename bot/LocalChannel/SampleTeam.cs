using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// The sample coalition the chat page plays: five members of one team, Joost van Dijk its admin (he added the bot to the
/// team) and Marieke Bos its lead. Everyone is on the team's roster from the start, as in Teams, so a member who opens the
/// channel first is a member all the same.
/// </summary>
internal static class SampleTeam
{
    public static readonly IReadOnlyList<SampleMember> Members =
    [
        new("katinka-jansen", "Katinka Jansen", CoalitionRole.Member),
        new("ahmed-el-amrani", "Ahmed el Amrani", CoalitionRole.Member),
        new("sanne-de-vries", "Sanne de Vries", CoalitionRole.Member),
        new("marieke-bos", "Marieke Bos", CoalitionRole.Lead),
        new("joost-van-dijk", "Joost van Dijk", CoalitionRole.Admin),
    ];

    /// <summary>Who adds the bot to the team, and so becomes the coalition's first admin.</summary>
    public static SampleMember Installer => Members.First(m => m.Role == CoalitionRole.Admin);

    public static CoalitionId CoalitionId => new(LocalTeam.TenantId, LocalTeam.TeamId);

    /// <summary>
    /// Once the bot has made its coalition for the new team (the installer admin, the roster members), gives the lead
    /// their role, as the admin would with <c>rollen</c>. Only for a coalition made just now: one kept in storage from an
    /// earlier run keeps the roles it has.
    /// </summary>
    public static Task GiveRolesAsync(CoalitionStore coalitions, CancellationToken cancellationToken) =>
        coalitions.ChangeExistingAsync(CoalitionId, coalition => Members
            .Where(m => m.Role == CoalitionRole.Lead)
            .Aggregate(coalition, (c, m) => c.WithMember(m.Id, m.Name, aadObjectId: null, m.Role)), cancellationToken);

    /// <summary>The page's list of people, with each one's role as the coalition's records have it now.</summary>
    public static async Task<IReadOnlyList<SampleMemberView>> ViewAsync(CoalitionStore coalitions, CancellationToken cancellationToken)
    {
        var coalition = await coalitions.GetAsync(CoalitionId, cancellationToken);
        return [.. Members.Select(m => new SampleMemberView(m.Id, m.Name, (coalition?.Member(m.Id)?.Role ?? m.Role).ToString().ToLowerInvariant()))];
    }
}

internal sealed record SampleMember(string Id, string Name, CoalitionRole Role)
{
    public ChannelAccount Account => new() { Id = Id, Name = Name };
}

/// <summary>One person on the chat page: id, name, and role (member, lead or admin).</summary>
internal sealed record SampleMemberView(string Id, string Name, string Role);
