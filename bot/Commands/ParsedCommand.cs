using CoalitionBot.Coalitions;

namespace CoalitionBot.Commands;

/// <summary>A recognised command (or none) and the rest of the text after its words, e.g. a partner's name.</summary>
public sealed record ParsedCommand(CommandRoute? Route, string Argument)
{
    private static readonly HashSet<string> TextModeWords = new(StringComparer.OrdinalIgnoreCase) { "tekst", "text" };

    /// <summary>The whole command as typed (or sent by a button), e.g. to run it again once a coalition is chosen.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The coalition a card button was made for (e.g. "post in the team's channel"); not yet checked.</summary>
    public CoalitionId? ButtonCoalition { get; init; }

    /// <summary>"3b tekst" / "checkin text": answer one question at a time instead of in a form.</summary>
    public bool WantsTextMode => TextModeWords.Contains(Argument) || Argument.EndsWith(" tekst", StringComparison.OrdinalIgnoreCase) || Argument.EndsWith(" text", StringComparison.OrdinalIgnoreCase);

    /// <summary>The argument without a trailing "tekst"/"text" (e.g. the partner name in "3b GGD tekst").</summary>
    public string ArgumentWithoutMode => TextModeWords.Contains(Argument) ? string.Empty
        : WantsTextMode ? Argument[..Argument.LastIndexOf(' ')].Trim() : Argument;
}
