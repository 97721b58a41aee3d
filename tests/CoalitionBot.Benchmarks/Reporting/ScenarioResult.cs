using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.Benchmarks.Reporting;

/// <summary>One measured run, printed as a table row and as one machine-readable line ("BENCH {json}").</summary>
public abstract record ScenarioResult(string Scenario, string Storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.Strict };

    public string BenchLine() => "BENCH " + JsonSerializer.Serialize(this, GetType(), Json);
}

/// <summary>Members completing the 3 B's by text and by card, all at once.</summary>
public sealed record TurnsResult(string Storage, int Members, int Turns, int FailedTurns, int FailedDialogs, double Seconds, double TurnsPerSecond,
    double P50Ms, double P95Ms, double P99Ms, double BlobCallsPerTurn, double StoreCallsPerTurn, double BotCpuMsPerTurn, double AzuriteCpuMsPerTurn,
    double PeakRssMb) : ScenarioResult("turns", Storage);

/// <summary>A lead asking for the check-in summary of a coalition with this many stored answers, one request at a time.</summary>
public sealed record SummaryResult(string Storage, int Answers, int AnswersPerRound, int Requests, int Failed, double P50Ms, double P99Ms,
    double BlobReadsPerSummary, double StoreReadsPerSummary, double PeakRssMb) : ScenarioResult("summary", Storage);

/// <summary>A reminder to a whole roster against a channel that enforces Teams' limits.</summary>
public sealed record FanOutResult(string Storage, int Roster, int Delivered, int Duplicates, int Losses, int Unconfirmed, int Failed, int Throttled,
    double Seconds, double MessagesPerSecond, int CeilingPerSecond, double CeilingFraction, double PeakRssMb) : ScenarioResult("fan-out", Storage);

/// <summary>
/// A meeting: every member opens the check-in form and the 3 B's form of one partner, then all save at the same moment
/// (into one round and one partner). Save turns and the turns that only open a form, side by side.
/// </summary>
public sealed record MeetingResult(string Storage, int Members, int SaveTurns, int OtherTurns, int Failed, int Stored, int Expected,
    double SaveP50Ms, double SaveP99Ms, double OtherP50Ms, double OtherP99Ms, double BlobCallsPerTurn, double PeakRssMb) : ScenarioResult("meeting", Storage);
