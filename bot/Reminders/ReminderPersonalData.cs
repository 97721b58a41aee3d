using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;

using CoalitionBot.PersonalData;

namespace CoalitionBot.Reminders;

/// <summary>
/// What reminders keep about a person: the record of every reminder sent (or not) to them, which holds their id,
/// and their id as the creator of a schedule. Erasing deletes the records and leaves the schedules running without
/// a creator: the coalition still wants its reminders.
/// </summary>
public sealed class ReminderPersonalData(DeliveryLog deliveries, ReminderScheduleStore schedules) : IPersonalDataSource
{
    public string Kind => "reminders";

    public async Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var found = new List<JsonNode>();
        foreach (var delivery in await deliveries.DeliveriesOfAsync(coalition, userId, cancellationToken))
            found.Add(new JsonObject
            {
                ["schedule"] = delivery.ScheduleNumber,
                ["occurrence"] = delivery.Occurrence,
                ["phase"] = delivery.Phase,
                ["status"] = delivery.Record.Status.ToString(),
                ["claimedAt"] = delivery.Record.ClaimedAt,
            });
        foreach (var schedule in await schedules.ListAsync(coalition, cancellationToken))
            if (schedule.CreatedBy == userId) found.Add(new JsonObject { ["scheduleCreated"] = schedule.Number, ["createdAt"] = schedule.CreatedAt });
        return found;
    }

    public async Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var erased = await deliveries.ForgetRecipientAsync(coalition, userId, cancellationToken);
        foreach (var schedule in await schedules.ListAsync(coalition, cancellationToken))
            if (schedule.CreatedBy == userId && await schedules.ChangeAsync(coalition, schedule.Number, s => s with { CreatedBy = null }, cancellationToken) is not null)
                erased++;
        return erased;
    }
}
