namespace CoalitionBot.CheckIns;

/// <summary>
/// All answers of one check-in round of one coalition: one document per round, so a summary reads
/// a round in one go. A member answering again in the same round replaces their earlier answer.
/// </summary>
public sealed record CheckInRound
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string RoundId { get; init; }
    public IReadOnlyDictionary<string, CheckInAnswer> Answers { get; init; } = new Dictionary<string, CheckInAnswer>();

    public CheckInRound WithAnswer(CheckInAnswer answer) => this with
    {
        Answers = new Dictionary<string, CheckInAnswer>(Answers) { [answer.UserId] = answer },
    };

    public CheckInRound WithoutMember(string userId) => !Answers.ContainsKey(userId) ? this : this with
    {
        Answers = Answers.Where(a => a.Key != userId).ToDictionary(),
    };

    /// <summary>Without the answers given before <paramref name="cutoff"/> (retention); the same instance when there are none.</summary>
    public CheckInRound WithoutAnswersBefore(DateTimeOffset cutoff) => Answers.Values.All(a => a.AnsweredAt >= cutoff) ? this : this with
    {
        Answers = Answers.Where(a => a.Value.AnsweredAt >= cutoff).ToDictionary(),
    };
}

/// <summary>One member's check-in: a score (1-10) and an optional remark per aspect, the bottleneck and the next step.</summary>
public sealed record CheckInAnswer
{
    public int SchemaVersion { get; init; } = CheckInRound.CurrentSchemaVersion;
    public required string UserId { get; init; }
    public required IReadOnlyDictionary<CheckInAspect, int> Scores { get; init; }
    public IReadOnlyDictionary<CheckInAspect, string> Remarks { get; init; } = new Dictionary<CheckInAspect, string>();
    public required string Bottleneck { get; init; }
    public required string NextStep { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}
