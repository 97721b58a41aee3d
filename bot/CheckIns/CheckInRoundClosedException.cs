namespace CoalitionBot.CheckIns;

/// <summary>An answer for a round that closed while the member was filling it in.</summary>
public sealed class CheckInRoundClosedException(CheckInRound round) : InvalidOperationException($"The check-in round {round.RoundId} is closed.")
{
    public CheckInRound Round { get; } = round;
}
