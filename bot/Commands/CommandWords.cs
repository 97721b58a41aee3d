namespace CoalitionBot.Commands;

/// <summary>Recognises the registered commands' words at the start of a text.</summary>
public sealed class CommandWords
{
    // Longer phrases first, so "verwijder mijn gegevens" is not read as something shorter.
    private readonly (string Phrase, CommandRoute Route)[] phrases;

    public CommandWords(IEnumerable<CommandRegistration> registrations)
    {
        phrases = [.. registrations.Select(r => r.Route).SelectMany(route => route.Words.Distinct(StringComparer.OrdinalIgnoreCase).Select(word => (word, route))).OrderByDescending(p => p.word.Length)];
        var twice = phrases.GroupBy(p => p.Phrase, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"The command word \"{twice.Key}\" is registered twice.");
    }

    public ParsedCommand Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        foreach (var (phrase, route) in phrases)
        {
            if (!trimmed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = trimmed[phrase.Length..];
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) continue; // "helpdesk" is not "help"
            return new ParsedCommand(route, rest.Trim()) { Text = trimmed };
        }
        return new ParsedCommand(null, trimmed) { Text = trimmed };
    }
}
