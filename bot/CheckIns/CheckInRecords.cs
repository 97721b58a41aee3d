using System.Text.Json.Serialization;
using CoalitionBot.Privacy;
using CoalitionBot.Storage;

namespace CoalitionBot.CheckIns;

/// <summary>
/// All answers of one check-in round of one coalition: one document per round, so a summary reads
/// a round in one go. A member answering again in the same round replaces their earlier answer, until the round
/// closes. A round follows the coalition's meetings: a lead opens it with a name and closes it (or sets when it
/// closes); without one, a check-in opens a round for the rest of the month.
/// Leads see the round's <see cref="Published"/> figures, which change only in steps of at least the coalition's
/// minimum number of answers (<see cref="PublicationLedger"/>).
/// </summary>
public sealed record CheckInRound : IVersionedDocument, ILinedDocument<CheckInRound>
{
    /// <summary>
    /// 2: the published figures and their ledger are stored with the answers. 3: a name, and when it opens and closes.
    /// 4: the published figures count how many gave each score (<see cref="CheckInFigures.Distributions"/>).
    /// 5: the aspects of the common ground (gelijkwaardigheid, gedeeld eigenaarschap, wederkerigheid), where asked.
    /// 6: the latest answers may be lines beside it (<see cref="Lines"/>), which a bot of before would not see.
    /// </summary>
    public const int CurrentSchemaVersion = 6;

    /// <summary>The version that first stored published figures (older rounds are published as they stand).</summary>
    private const int PublishedSince = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;

    /// <summary>See <see cref="CheckInRoundIds"/>.</summary>
    public required string RoundId { get; init; }

    /// <summary>The meeting it belongs to, as the lead named it ("overleg 12 november"); null for a month's round.</summary>
    public string? Name { get; init; }

    /// <summary>When it opened; a month's round from before rounds had times opened on the 1st (<see cref="Opened"/>).</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>When it closes by itself; null: when a lead closes it.</summary>
    public DateTimeOffset? ClosesAt { get; init; }

    /// <summary>When a lead closed it (or opened the next one).</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    [JsonIgnore]
    public DateTimeOffset Opened => OpenedAt ?? CheckInRoundIds.OpeningOf(RoundId);

    /// <summary>When answers stop: closed by a lead, else at its closing time (the end of the month for a month's round of before).</summary>
    [JsonIgnore]
    public DateTimeOffset? End => ClosedAt ?? ClosesAt ?? (OpenedAt is null && CheckInRoundIds.IsMonth(RoundId) ? CheckInRoundIds.EndOfMonth(Opened) : null);

    public bool IsOpenAt(DateTimeOffset moment) => End is not { } end || end > moment;

    /// <summary>Closed at <paramref name="moment"/>, or as it is when it had closed already.</summary>
    public CheckInRound ClosedOn(DateTimeOffset moment) => IsOpenAt(moment) ? CloseAt(moment) : this;

    /// <summary>A round that reached its closing time unnoticed, closed as of then; as it is otherwise.</summary>
    public CheckInRound Settled(DateTimeOffset now) => NeedsSettling(now) ? CloseAt(ClosesAt!.Value) : this;

    public bool NeedsSettling(DateTimeOffset now) => ClosedAt is null && OpenedAt is not null && !IsOpenAt(now);

    /// <summary>
    /// A round that followed a meeting showed no figures while open (not in summaries, not in the export), so it publishes
    /// every answer when it closes. A month's round of before showed its figures while open: they stay as published.
    /// </summary>
    private CheckInRound CloseAt(DateTimeOffset moment)
    {
        var closed = this with { ClosedAt = moment, SchemaVersion = CurrentSchemaVersion };
        return OpenedAt is null ? closed : closed.WithEveryAnswerPublished();
    }
    public IReadOnlyDictionary<string, CheckInAnswer> Answers { get; init; } = new Dictionary<string, CheckInAnswer>();

    /// <summary>The figures as last published; null until the round first had enough answers.</summary>
    public CheckInFigures? Published { get; init; }

    public PublicationLedger Ledger { get; init; } = new();

    /// <summary>The line blob holding the answers given since the round was last rewritten (<see cref="CheckInLine"/>); null when none.</summary>
    public string? Lines { get; init; }

    public CheckInRound WithLines(string? lines) =>
        lines is null ? this with { Lines = null } : Tracked() with { Lines = lines, SchemaVersion = CurrentSchemaVersion };

    /// <summary>The round with one more appended answer: as <see cref="WithAnswer"/> would have made it when it was saved.</summary>
    public CheckInRound With(CheckInLine line) => WithAnswer(line.Answer, line.MinimumRespondents);

    /// <summary>The figures leads may see now, or null: nothing published yet, or too few of the members counted in it left.</summary>
    public CheckInFigures? FiguresFor(int minimumRespondents)
    {
        var round = Tracked();
        return round.Published is { } figures && round.Ledger.Shows(minimumRespondents) ? figures : null;
    }

    /// <summary>The member's answer, replacing an earlier one; the figures follow once at least the minimum number of answers changed.</summary>
    public CheckInRound WithAnswer(CheckInAnswer answer, int minimumRespondents)
    {
        var round = Tracked();
        round = round with
        {
            Answers = new Dictionary<string, CheckInAnswer>(Answers) { [answer.UserId] = answer },
            Ledger = round.Ledger.WithChange(answer.UserId),
        };
        return round.Ledger.IsDue(round.Answers.Count, minimumRespondents) ? round.WithEveryAnswerPublished() : round;
    }

    /// <summary>Without the member's answer, and without their texts in the published figures (which otherwise stay as they are).</summary>
    public CheckInRound WithoutMember(string userId)
    {
        if (!Answers.ContainsKey(userId)) return this;
        var round = Tracked();
        return round with
        {
            Answers = Answers.Where(a => a.Key != userId).ToDictionary(),
            Published = round.Published?.WithoutTextsOf(userId),
            Ledger = round.Ledger.WithErasure(userId),
        };
    }

    /// <summary>Without the answers given before <paramref name="cutoff"/> (retention); the same instance when there are none.</summary>
    public CheckInRound WithoutAnswersBefore(DateTimeOffset cutoff) =>
        Answers.Values.Where(a => a.AnsweredAt < cutoff).Aggregate(this, (round, old) => round.WithoutMember(old.UserId));

    /// <summary>Publishes the figures of every answer the round holds now.</summary>
    internal CheckInRound WithEveryAnswerPublished() => this with
    {
        SchemaVersion = CurrentSchemaVersion,
        Published = CheckInFigures.Of([.. Answers.Values]),
        Ledger = PublicationLedger.Counting(Answers.Keys),
    };

    // A round stored before figures were published with it counts as published as it stands, which is what summaries showed of it.
    private CheckInRound Tracked() => SchemaVersion >= PublishedSince ? this : WithEveryAnswerPublished();
}

/// <summary>One saved check-in as a line beside its round, with the coalition's minimum number of respondents when it was saved.</summary>
public sealed record CheckInLine(CheckInAnswer Answer, int MinimumRespondents);

/// <summary>One member's check-in: a score (1-10) and an optional remark per aspect, the bottleneck and the next step.</summary>
public sealed record CheckInAnswer
{
    public int SchemaVersion { get; init; } = CheckInRound.CurrentSchemaVersion;
    public required string UserId { get; init; }
    public required IReadOnlyDictionary<CheckInAspect, int> Scores { get; init; }
    public IReadOnlyDictionary<CheckInAspect, string> Remarks { get; init; } = new Dictionary<CheckInAspect, string>();
    /// <summary>The overall grade for the collaboration (1-10); null in answers given before it was asked.</summary>
    public int? Grade { get; init; }

    /// <summary>What went well; optional.</summary>
    public string? WentWell { get; init; }

    public required string Bottleneck { get; init; }
    public required string NextStep { get; init; }
    public DateTimeOffset AnsweredAt { get; init; }
}
