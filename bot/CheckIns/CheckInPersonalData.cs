using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;

using CoalitionBot.PersonalData;

namespace CoalitionBot.CheckIns;

/// <summary>A person's check-in answers, one per round, and their texts as the round's published figures quote them.</summary>
public sealed class CheckInPersonalData(CheckInStore rounds) : IPersonalDataSource
{
    public string Kind => "checkIns";

    public async Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var found = new List<JsonNode>();
        foreach (var roundId in await rounds.RoundIdsAsync(coalition, cancellationToken))
            if (await rounds.GetAsync(coalition, roundId, cancellationToken) is { } round && round.Answers.GetValueOrDefault(userId) is { } answer)
                found.Add(new JsonObject
                {
                    ["round"] = roundId,
                    ["answer"] = JsonSerializer.SerializeToNode(answer, CheckInJsonContext.Default.CheckInAnswer),
                    // Until the figures are published again these may be the texts of an answer since replaced.
                    ["quotedInSummaries"] = round.Published?.Texts.GetValueOrDefault(userId) is { } quoted ? JsonSerializer.SerializeToNode(quoted, CheckInJsonContext.Default.CheckInAnswerTexts) : null,
                });
        return found;
    }

    public async Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var roundId in await rounds.RoundIdsAsync(coalition, cancellationToken))
            if (await rounds.RemoveMemberAsync(coalition, roundId, userId, cancellationToken)) erased++;
        return erased;
    }
}
