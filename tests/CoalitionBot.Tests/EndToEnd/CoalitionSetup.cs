using CoalitionBot.Coalitions;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>The recorded team of the Teams fixtures as a coalition: the bot installed in it, and members added to it.</summary>
public static class CoalitionSetup
{
    public const string TenantId = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
    public const string TeamId = "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2";
    public static readonly CoalitionId Id = new(TenantId, TeamId);

    /// <summary>Who adds the bot in conversationUpdate-bot-added-to-team.json: the coalition's first admin.</summary>
    public static readonly Member Installer = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    /// <summary>The member of the recorded 1:1 chat (message-personal.json).</summary>
    public static readonly Member Katinka = new("29:1Ab-member-user-id", "Katinka Jansen");

    /// <summary>Installs the bot in the team (its installer becomes admin) and makes <paramref name="members"/> members, as the roster would.</summary>
    public static async Task<CoalitionId> InstallAsync(BotApp bot, LoopbackChannel channel, params Member[] members)
    {
        await bot.PostActivityAsync(TeamsFixtures.Load("conversationUpdate-bot-added-to-team.json", channel.ServiceUrl));
        var coalitions = bot.Services.GetRequiredService<CoalitionStore>();
        var existing = await coalitions.GetAsync(Id, CancellationToken.None) ?? throw new InvalidOperationException("The install did not create the coalition.");
        await coalitions.AddMembersAsync(Id, () => existing, [.. members.Select(m => (m.UserId, (string?)m.Name, (string?)null))], CancellationToken.None);
        return Id;
    }
}
