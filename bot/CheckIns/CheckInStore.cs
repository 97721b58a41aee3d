using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.CheckIns;

/// <summary>
/// Stores check-in rounds, one document each, with the answers given since it was last rewritten as lines beside it
/// (<see cref="LinedDocuments{TDocument, TLine}"/>), so a whole meeting can check in at once without waiting for each
/// other. At most one round is open, and it is the newest: opening one closes the one before. Finding it takes one
/// listing and one or two reads.
/// </summary>
public sealed class CheckInStore(IDocumentStore store, DocumentUpdater updater, CoalitionStore coalitions, TimeProvider time)
{
    private readonly LinedDocuments<CheckInRound, CheckInLine> rounds =
        new(store, updater, CheckInJsonContext.Default.CheckInRound, CheckInJsonContext.Default.CheckInLine, (round, line) => round.With(line));

    /// <summary>The open round, or null when none is (then a check-in opens one for the month, see <see cref="MonthRound"/>).</summary>
    public async Task<CheckInRound?> OpenRoundAsync(CoalitionId coalition, CancellationToken cancellationToken)
    {
        var newest = (await NewestAsync(coalition, 1, cancellationToken)).SingleOrDefault();
        return newest is not null && newest.IsOpenAt(time.GetUtcNow()) ? newest : null;
    }

    /// <summary>A round for the rest of this month, as a check-in opens it when no round is open; not stored until an answer is.</summary>
    public CheckInRound MonthRound() => MonthRoundAfter([]);

    /// <summary>
    /// The month's round a check-in opens when no round is open, after the coalition's last round. Its id is the hour it
    /// opens in (or just after the last round), so members who check in at the same moment open one round, not one each.
    /// </summary>
    public async Task<CheckInRound> NextMonthRoundAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        MonthRoundAfter(await RoundIdsAsync(coalition, cancellationToken));

    private CheckInRound MonthRoundAfter(IReadOnlyList<string> roundIds)
    {
        var now = time.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var afterLast = roundIds.Count == 0 ? hour : CheckInRoundIds.OpeningOf(roundIds[^1]).AddSeconds(1);
        var opening = hour > afterLast ? hour : afterLast;
        return new CheckInRound { RoundId = CheckInRoundIds.OpenedAt(opening), OpenedAt = opening, ClosesAt = CheckInRoundIds.EndOfMonth(now) };
    }

    /// <summary>The open round, opened for the rest of the month when none is (a check-in reminder does this).</summary>
    public async Task<CheckInRound> OpenRoundOrMonthAsync(CoalitionId coalition, CancellationToken cancellationToken)
    {
        if (await OpenRoundAsync(coalition, cancellationToken) is { } open) return open;
        var month = await NextMonthRoundAsync(coalition, cancellationToken);
        return await updater.UpdateAsync(KeyOf(coalition, month.RoundId), CheckInJsonContext.Default.CheckInRound, existing => existing ?? month, cancellationToken);
    }

    /// <summary>
    /// The round a reminder sent at <paramref name="since"/> asks about: the newest round, when it was still open then
    /// (or opened since); null when the newest closed before.
    /// </summary>
    public async Task<CheckInRound?> RoundSinceAsync(CoalitionId coalition, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = await RoundIdsAsync(coalition, cancellationToken);
        var newest = ids.Count == 0 ? null : await GetAsync(coalition, ids[^1], cancellationToken);
        return newest is not null && (newest.IsOpenAt(since) || newest.Opened >= since) ? newest : null;
    }

    /// <summary>Opens a round named after a meeting, closing the open one first; returns both (the closed one null when none was open).</summary>
    public async Task<(CheckInRound Opened, CheckInRound? Closed)> OpenAsync(CoalitionId coalition, string name, DateTimeOffset? closesAt, CancellationToken cancellationToken)
    {
        var closed = await CloseAsync(coalition, cancellationToken);
        var now = time.GetUtcNow();
        // Ids are seconds apart; two leads opening a round in the same second get the next second.
        for (var opening = now; ; opening = opening.AddSeconds(1))
        {
            var round = new CheckInRound { RoundId = CheckInRoundIds.OpenedAt(opening), Name = name, OpenedAt = now, ClosesAt = closesAt };
            var stored = await updater.UpdateAsync(KeyOf(coalition, round.RoundId), CheckInJsonContext.Default.CheckInRound, existing => existing ?? round, cancellationToken);
            if (ReferenceEquals(stored, round)) return (round, closed);
        }
    }

    /// <summary>Closes the open round now; null when none was open.</summary>
    public async Task<CheckInRound?> CloseAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        await ChangeOpenRoundAsync(coalition, round => round.ClosedOn(time.GetUtcNow()), cancellationToken);

    /// <summary>Renames the open round; null when none is open.</summary>
    public Task<CheckInRound?> RenameAsync(CoalitionId coalition, string name, CancellationToken cancellationToken) =>
        ChangeOpenRoundAsync(coalition, round => round with { Name = name, SchemaVersion = Math.Max(round.SchemaVersion, CheckInRound.CurrentSchemaVersion) }, cancellationToken);

    /// <summary>
    /// Saves the member's answer in the round (stored from <paramref name="round"/> when it is new), replacing an earlier
    /// one of theirs; safe with many members at once. The coalition's minimum number of respondents decides when the
    /// figures leads see are published again.
    /// </summary>
    /// <remarks>
    /// The answer is appended as a line (the minimum goes with it, so reading applies it as this save would have). A round
    /// closed before the append is refused; one closed after it folded the answer in first, so it counts.
    /// </remarks>
    /// <exception cref="CheckInRoundClosedException">The round closed after the member started; nothing was saved.</exception>
    public async Task SaveAsync(CoalitionId coalition, CheckInRound round, CheckInAnswer answer, CancellationToken cancellationToken)
    {
        var minimum = (await coalitions.GetAsync(coalition, cancellationToken))?.MinimumRespondents ?? Coalition.DefaultMinimumRespondents;
        var now = time.GetUtcNow();
        await rounds.AppendAsync(KeyOf(coalition, round.RoundId), new CheckInLine(answer, minimum), stored =>
        {
            var current = stored ?? round;
            return current.IsOpenAt(now) ? current : throw new CheckInRoundClosedException(current);
        }, cancellationToken);
    }

    /// <summary>The round with every answer in it (two reads when answers were appended since it was last rewritten).</summary>
    public Task<CheckInRound?> GetAsync(CoalitionId coalition, string roundId, CancellationToken cancellationToken) =>
        rounds.ReadAsync(KeyOf(coalition, roundId), cancellationToken);

    /// <summary>
    /// The newest rounds, oldest first: one listing and one read per round, never one per answer. A round found past its
    /// closing time is closed on the way (one write, once), so its figures are there.
    /// </summary>
    public async Task<IReadOnlyList<CheckInRound>> NewestAsync(CoalitionId coalition, int count, CancellationToken cancellationToken)
    {
        var ids = (await RoundIdsAsync(coalition, cancellationToken)).TakeLast(count);
        var rounds = (await Task.WhenAll(ids.Select(id => GetAsync(coalition, id, cancellationToken)))).OfType<CheckInRound>();
        var now = time.GetUtcNow();
        return await Task.WhenAll(rounds.Select(round => round.NeedsSettling(now) ? SettleAsync(coalition, round, cancellationToken) : Task.FromResult(round)));
    }

    private async Task<CheckInRound> SettleAsync(CoalitionId coalition, CheckInRound round, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (stored, _) = await rounds.RewriteAsync(KeyOf(coalition, round.RoundId), stored => stored.Settled(now), null, cancellationToken);
        return stored ?? round.Settled(now);
    }

    /// <summary>The ids of the coalition's rounds in the order they opened (one listing).</summary>
    public async Task<IReadOnlyList<string>> RoundIdsAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        [.. (await store.ChildNamesAsync(coalition.Key("checkins"), cancellationToken)).OrderBy(CheckInRoundIds.OpeningOf)];

    /// <summary>Takes the member's answer out of the round; false when they had none there.</summary>
    public async Task<bool> RemoveMemberAsync(CoalitionId coalition, string roundId, string userId, CancellationToken cancellationToken) =>
        (await rounds.RewriteAsync(KeyOf(coalition, roundId), round => round.WithoutMember(userId), null, cancellationToken)).Written;

    /// <summary>
    /// Takes out the answers given before <paramref name="cutoff"/> (retention), deleting a round left without any, and the
    /// line blobs the round no longer names; how many answers went.
    /// </summary>
    public Task<int> PurgeAsync(CoalitionId coalition, string roundId, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        rounds.PurgeAsync(KeyOf(coalition, roundId), round => round.WithoutAnswersBefore(cutoff), round => round.Answers.Count, cancellationToken);

    public static string KeyOf(CoalitionId coalition, string roundId) => coalition.Key("checkins", roundId);

    private async Task<CheckInRound?> ChangeOpenRoundAsync(CoalitionId coalition, Func<CheckInRound, CheckInRound> change, CancellationToken cancellationToken)
    {
        if (await OpenRoundAsync(coalition, cancellationToken) is not { } open) return null;
        return (await rounds.RewriteAsync(KeyOf(coalition, open.RoundId), change, null, cancellationToken)).Stored;
    }
}
