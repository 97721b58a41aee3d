using CoalitionBot.Coalitions;

namespace CoalitionBot.Bots;

/// <summary>What a user asked for, recognised from the words of either language.</summary>
public enum BotCommandKind
{
    None,
    Help,
    Cancel,
    Demo,
    ThreeBs,
    Leadership,
    CheckIn,
    Partners,
    Roles,
    MyData,
    DeleteMyData,
    Language,
    Coalition,
    Summary,
    Reminder,
    Export,
    Settings,
}

/// <summary>A recognised command and the rest of the text after the command words (e.g. a partner's name).</summary>
public sealed record BotCommand(BotCommandKind Kind, string Argument)
{
    /// <summary>The coalition a card button was made for (e.g. "post in the team's channel"); not yet checked.</summary>
    public CoalitionId? Coalition { get; init; }

    // Both languages always work: a Dutch member in an English Teams client still types "hulp".
    // Longer phrases first, so "verwijder mijn gegevens" is not read as something shorter.
    private static readonly (string Phrase, BotCommandKind Kind)[] Phrases =
    [
        ("verwijder mijn gegevens", BotCommandKind.DeleteMyData), ("delete my data", BotCommandKind.DeleteMyData),
        ("mijn gegevens", BotCommandKind.MyData), ("my data", BotCommandKind.MyData),
        ("help", BotCommandKind.Help), ("hulp", BotCommandKind.Help), ("?", BotCommandKind.Help),
        ("stop", BotCommandKind.Cancel), ("annuleer", BotCommandKind.Cancel), ("cancel", BotCommandKind.Cancel),
        ("demo", BotCommandKind.Demo),
        ("3b", BotCommandKind.ThreeBs), ("3bs", BotCommandKind.ThreeBs), ("3 b's", BotCommandKind.ThreeBs),
        ("leiderschap", BotCommandKind.Leadership), ("leadership", BotCommandKind.Leadership),
        ("checkin", BotCommandKind.CheckIn), ("check-in", BotCommandKind.CheckIn),
        ("partners", BotCommandKind.Partners),
        ("rollen", BotCommandKind.Roles), ("roles", BotCommandKind.Roles),
        ("taal", BotCommandKind.Language), ("language", BotCommandKind.Language),
        ("coalitie", BotCommandKind.Coalition), ("coalition", BotCommandKind.Coalition),
        ("samenvatting", BotCommandKind.Summary), ("summary", BotCommandKind.Summary),
        ("herinnering", BotCommandKind.Reminder), ("herinneringen", BotCommandKind.Reminder), ("reminder", BotCommandKind.Reminder), ("reminders", BotCommandKind.Reminder),
        ("exporteer", BotCommandKind.Export), ("export", BotCommandKind.Export),
        ("instellingen", BotCommandKind.Settings), ("settings", BotCommandKind.Settings),
    ];

    private static readonly HashSet<string> TextModeWords = new(StringComparer.OrdinalIgnoreCase) { "tekst", "text" };

    public static BotCommand Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        foreach (var (phrase, kind) in Phrases.OrderByDescending(p => p.Phrase.Length))
        {
            if (!trimmed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = trimmed[phrase.Length..];
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) continue; // "helpdesk" is not "help"
            return new BotCommand(kind, rest.Trim());
        }
        return new BotCommand(BotCommandKind.None, trimmed);
    }

    /// <summary>"3b tekst" / "checkin text": answer one question at a time instead of in a form.</summary>
    public bool WantsTextMode => TextModeWords.Contains(Argument) || Argument.EndsWith(" tekst", StringComparison.OrdinalIgnoreCase) || Argument.EndsWith(" text", StringComparison.OrdinalIgnoreCase);

    /// <summary>The argument without a trailing "tekst"/"text" (e.g. the partner name in "3b GGD tekst").</summary>
    public string ArgumentWithoutMode => TextModeWords.Contains(Argument) ? string.Empty
        : WantsTextMode ? Argument[..Argument.LastIndexOf(' ')].Trim() : Argument;
}
