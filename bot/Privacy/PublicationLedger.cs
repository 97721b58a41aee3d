namespace CoalitionBot.Privacy;

/// <summary>
/// The rule that keeps figures anonymous over time. Figures leads see (a check-in round's, the leadership results') are
/// published as a whole and then stay as they are until at least the coalition's minimum number of respondents (k) have
/// answered, changed their answer or had it erased since. Two summaries, and two exports, therefore differ by at least
/// k answers at once: subtracting one from the other never yields a single member's answer, old or new.
/// The ledger says who the published figures count and who changed since; it is stored with the answers, never shown.
/// </summary>
public sealed record PublicationLedger
{
    /// <summary>Members whose answers the published figures count, as long as they still have an answer here.</summary>
    public IReadOnlyList<string> Counted { get; init; } = [];

    /// <summary>Members who answered or changed their answer since the figures were published, each once.</summary>
    public IReadOnlyList<string> ChangedSince { get; init; } = [];

    /// <summary>Counted members whose answer was erased since (their data, or retention): a number, their ids are gone.</summary>
    public int ErasedSince { get; init; }

    public static PublicationLedger Counting(IEnumerable<string> members) => new() { Counted = [.. members] };

    public PublicationLedger WithChange(string userId) =>
        ChangedSince.Contains(userId) ? this : this with { ChangedSince = [.. ChangedSince, userId] };

    /// <summary>The member's answer is gone: it counts as a change only when the published figures counted it.</summary>
    public PublicationLedger WithErasure(string userId) => this with
    {
        Counted = [.. Counted.Where(id => id != userId)],
        ChangedSince = [.. ChangedSince.Where(id => id != userId)],
        ErasedSince = ErasedSince + (Counted.Contains(userId) ? 1 : 0),
    };

    /// <summary>Time to publish again: at least k members' answers differ from the published figures, and there are k answers.</summary>
    public bool IsDue(int answers, int minimum) => ChangedSince.Count + ErasedSince >= minimum && answers >= minimum;

    /// <summary>
    /// The published figures may be shown while at least k of the members they count still have their answer: with fewer,
    /// the texts quoted with them would belong to fewer than k people.
    /// </summary>
    public bool Shows(int minimum) => Counted.Count >= minimum;
}
