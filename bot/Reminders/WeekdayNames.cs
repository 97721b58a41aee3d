namespace CoalitionBot.Reminders;

/// <summary>Days of the week as people type them, in Dutch or English, in full or short ("ma wo", "monday, friday").</summary>
public static class WeekdayNames
{
    private static readonly Dictionary<string, DayOfWeek> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ma"] = DayOfWeek.Monday, ["maandag"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["di"] = DayOfWeek.Tuesday, ["dinsdag"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wo"] = DayOfWeek.Wednesday, ["woensdag"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["do"] = DayOfWeek.Thursday, ["donderdag"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["vr"] = DayOfWeek.Friday, ["vrijdag"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["za"] = DayOfWeek.Saturday, ["zaterdag"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["zo"] = DayOfWeek.Sunday, ["zondag"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>The days named, in week order; null when a word is not a day.</summary>
    public static IReadOnlyList<DayOfWeek>? Parse(string text)
    {
        var days = new SortedSet<DayOfWeek>();
        foreach (var word in text.Split([' ', ',', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Names.TryGetValue(word.TrimEnd('.'), out var day)) return null;
            days.Add(day);
        }
        return [.. days];
    }

    /// <summary>The short Dutch names, as the form shows them back ("ma wo").</summary>
    public static string Format(IEnumerable<DayOfWeek> days) =>
        string.Join(' ', days.Select(d => Names.First(n => n.Value == d && n.Key.Length == 2).Key));
}
