using CoalitionBot.Cards.Forms;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>
/// One question of a dialog. The same prompt is asked as text (one at a time) or as an input of a
/// form card, and recognises answers from both the same way, so the rules cannot drift apart.
/// Built per turn, so its texts are in the user's language.
/// </summary>
public abstract record Prompt(string Key, string Question)
{
    /// <summary>Optional prompts accept an empty answer (text mode: "-").</summary>
    public bool IsRequired { get; init; } = true;

    /// <summary>In a form: the question waits behind a button with this title (an optional extra, such as a remark).</summary>
    public string? ToggleTitle { get; init; }

    /// <summary>What the user typed or submitted, as the stored answer or the reason it is refused.</summary>
    public PromptResult Recognize(string? answer)
    {
        var trimmed = answer?.Trim() ?? string.Empty;
        if (IsEmpty(trimmed)) trimmed = string.Empty;
        if (trimmed.Length == 0 || (!IsRequired && trimmed == SkipAnswer))
            return IsRequired ? PromptResult.Fail(Resources.Strings.PromptRequired) : PromptResult.Ok(string.Empty);
        return RecognizeValue(trimmed);
    }

    /// <summary>The question as a text message: with numbered options, ranges and the skip hint.</summary>
    public virtual string TextQuestion => IsRequired ? Question : $"{Question} {Resources.Strings.PromptSkipHint}";

    public abstract FormField ToFormField(string? value, string? error);

    protected abstract PromptResult RecognizeValue(string answer);

    /// <summary>An answer that stands for an empty field, besides the empty text itself.</summary>
    protected virtual bool IsEmpty(string answer) => false;

    /// <summary>What a user types in text mode to leave an optional question empty.</summary>
    public const string SkipAnswer = "-";
}

/// <summary>A recognised answer (<see cref="Value"/>) or why it was refused (<see cref="Error"/>).</summary>
public readonly record struct PromptResult(string? Value, string? Error)
{
    public bool IsValid => Error is null;
    public static PromptResult Ok(string value) => new(value, null);
    public static PromptResult Fail(string error) => new(null, error);
}
