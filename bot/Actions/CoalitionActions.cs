using System.Text.Json.Serialization;
using CoalitionBot.Storage;

namespace CoalitionBot.Actions;

/// <summary>
/// A coalition's agreed actions, in one document: a summary, a list and a check-in each read it once.
/// Changed with ETag concurrency through <see cref="ActionStore"/>.
/// </summary>
public sealed record CoalitionActions : IVersionedDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;

    /// <summary>The highest number handed out; numbers of removed actions are not given again, so "klaar 3" never hits another action.</summary>
    public int LastNumber { get; init; }

    public IReadOnlyList<ActionItem> Items { get; init; } = [];

    public ActionItem? Find(int number) => Items.FirstOrDefault(a => a.Number == number);

    public IEnumerable<ActionItem> OwnedBy(string userId) => Items.Where(a => a.IsOwnedBy(userId));

    /// <summary>With a new action numbered after the last one (or after the highest held, should the last number be missing).</summary>
    public CoalitionActions WithNew(Func<int, ActionItem> create)
    {
        var action = create(Math.Max(LastNumber, Items.Count == 0 ? 0 : Items.Max(a => a.Number)) + 1);
        return this with { LastNumber = action.Number, Items = [.. Items, action], SchemaVersion = CurrentSchemaVersion };
    }

    /// <summary>With action <paramref name="number"/> changed; the same instance when there is none (nothing is written).</summary>
    public CoalitionActions WithChanged(int number, Func<ActionItem, ActionItem> change)
    {
        if (Find(number) is not { } action) return this;
        var changed = change(action);
        return changed == action ? this : this with { Items = [.. Items.Select(a => a.Number == number ? changed : a)] };
    }

    public CoalitionActions Without(int number) => Find(number) is null ? this : this with { Items = [.. Items.Where(a => a.Number != number)] };

    /// <summary>
    /// Without the person: the actions they own keep their text without an owner ("geen eigenaar": the coalition still
    /// agreed on them), and they are no longer named as who recorded one. The same instance when they are on none.
    /// </summary>
    public CoalitionActions WithoutPerson(string userId) => !Items.Any(a => a.IsOwnedBy(userId) || a.CreatedBy == userId) ? this : this with
    {
        Items = [.. Items.Select(a => a with
        {
            Owner = a.IsOwnedBy(userId) ? null : a.Owner,
            LatestAnswer = a.IsOwnedBy(userId) ? null : a.LatestAnswer,
            CreatedBy = a.CreatedBy == userId ? null : a.CreatedBy,
        })],
    };

    /// <summary>Without the actions done, or due, before <paramref name="cutoff"/> (retention); the same instance when there are none.</summary>
    public CoalitionActions WithoutActionsBefore(DateTimeOffset cutoff)
    {
        var cutoffDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(cutoff, ActionDates.DutchTime).DateTime);
        bool Expired(ActionItem a) => a.DoneAt is { } done ? done < cutoff : a.Due < cutoffDay;
        return Items.Any(Expired) ? this with { Items = [.. Items.Where(a => !Expired(a))] } : this;
    }
}
