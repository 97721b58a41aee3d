namespace CoalitionBot.Commands;

/// <summary>
/// One command as a feature registers it with its handler (<see cref="CommandServiceCollectionExtensions.AddCommand{THandler}"/>):
/// the words that start it in either language, where it may run, who may use it, and its lines in help and in the Teams
/// manifest. Both languages always work: a Dutch member in an English Teams client still types "hulp".
/// </summary>
public sealed record CommandRoute
{
    /// <summary>The Dutch word: how buttons, the manifest and "start again with ..." name the command.</summary>
    public required string Dutch { get; init; }

    /// <summary>The English word, shown in English help and in the English manifest.</summary>
    public required string English { get; init; }

    /// <summary>Other spellings that start it too ("check-in", "hulp", "?").</summary>
    public IReadOnlyList<string> OtherWords { get; init; } = [];

    public CommandPlace Place { get; init; } = CommandPlace.PersonalChat;

    public CommandUsers Users { get; init; } = CommandUsers.Members;

    /// <summary>What someone hears who may not use it (read in the turn's language); required unless <see cref="Users"/> lets everyone.</summary>
    public Func<string>? Refusal { get; init; }

    /// <summary>What is said where the command may not run (<see cref="CommandPlace.PersonalChatOrTeamChannel"/> in a group chat).</summary>
    public Func<string>? PlaceRefusal { get; init; }

    /// <summary>Its line in help, in the turn's language; null keeps it out of help.</summary>
    public Func<string>? HelpLine { get; init; }

    /// <summary>Its short description in the Teams manifest's command list (Dutch there, English in en.json); null keeps it out.</summary>
    public Func<string>? ManifestDescription { get; init; }

    /// <summary>Taken as this command even while a text dialog waits for an answer ("stop").</summary>
    public bool InterruptsDialogs { get; init; }

    public IEnumerable<string> Words => [Dutch, English, .. OtherWords];

    /// <summary>The word in the turn's language, for messages that name the command ("start again with ...").</summary>
    public string Word => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Dutch;
}
