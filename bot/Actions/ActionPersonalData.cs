using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Actions;

/// <summary>
/// The actions a person owns or recorded. Erasing keeps the action (the coalition agreed on it) without them: an owned
/// action keeps its text and day with "geen eigenaar" and without their answers, a recorded one without its recorder.
/// </summary>
public sealed class ActionPersonalData(ActionStore actions) : IPersonalDataSource
{
    public string Kind => "actions";

    public async Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken) =>
    [
        .. (await actions.GetAsync(coalition, cancellationToken)).Items
            .Where(a => a.IsOwnedBy(userId) || a.CreatedBy == userId)
            .Select(a => (JsonNode)new JsonObject
            {
                ["number"] = a.Number,
                ["text"] = a.Text,
                ["owner"] = a.IsOwnedBy(userId),
                ["createdByYou"] = a.CreatedBy == userId,
                ["due"] = a.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["status"] = a.Status.ToString(),
                ["doneAt"] = a.DoneAt,
                ["latestAnswer"] = a.IsOwnedBy(userId) ? a.LatestAnswer?.Progress.ToString() : null,
                ["latestAnswerAt"] = a.IsOwnedBy(userId) ? a.LatestAnswer?.At : null,
            }),
    ];

    public async Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var erased = (await actions.GetAsync(coalition, cancellationToken)).Items.Count(a => a.IsOwnedBy(userId) || a.CreatedBy == userId);
        if (erased > 0) await actions.ChangeExistingAsync(coalition, all => all.WithoutPerson(userId), cancellationToken);
        return erased;
    }
}
