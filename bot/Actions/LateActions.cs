namespace CoalitionBot.Actions;

/// <summary>The actions past their day, per owner: what the late-actions reminder sends each of them.</summary>
public static class LateActions
{
    public static IReadOnlyDictionary<string, IReadOnlyList<ActionItem>> ByOwner(CoalitionActions actions, DateOnly today) =>
        actions.Items.Where(a => a.IsLateOn(today) && a.Owner is not null)
            .GroupBy(a => a.Owner!.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActionItem>)[.. g.OrderBy(a => a.Due).ThenBy(a => a.Number)], StringComparer.Ordinal);
}
