using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.CheckIns;

/// <summary>Check-ins of rounds long closed, as they were stored at the time (the bot only takes answers for an open round).</summary>
internal static class CheckInSeeds
{
    public static Task SaveAsync(IServiceProvider services, CoalitionId coalition, string roundId, CheckInAnswer answer, CancellationToken cancellationToken) =>
        services.GetRequiredService<DocumentUpdater>().UpdateAsync(CheckInStore.KeyOf(coalition, roundId), CheckInJsonContext.Default.CheckInRound,
            round => (round ?? new CheckInRound { RoundId = roundId }).WithAnswer(answer, Coalition.DefaultMinimumRespondents), cancellationToken);
}
