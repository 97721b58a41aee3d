using System.Globalization;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>Free text up to <see cref="MaxLength"/> characters (counted as the user sees them).</summary>
public sealed record TextPrompt(string Key, string Question, int MaxLength = TextPrompt.DefaultMaxLength) : Prompt(Key, Question)
{
    public const int DefaultMaxLength = 2000;

    /// <summary>Limits from here on are shown in the form; shorter fields (a time, a cron expression) are not pasted into.</summary>
    public const int LimitShownFrom = 200;

    public bool IsMultiline { get; init; }

    /// <summary>
    /// UTF-16 code units allowed: twice <see cref="MaxLength"/>, so emoji (two each) fit, but a character built of many
    /// (combining marks, joined emoji) cannot make a short answer heavy. It bounds what every card that shows the answer
    /// weighs; Teams' own form already stops at <see cref="MaxLength"/> code units.
    /// </summary>
    public int MaxCodeUnits => 2 * MaxLength;

    protected override PromptResult RecognizeValue(string answer)
    {
        var length = new StringInfo(answer).LengthInTextElements;
        if (length > MaxLength) return PromptResult.Fail(Texts.Format(Resources.Strings.PromptTooLong, MaxLength, length));
        if (answer.Length > MaxCodeUnits) return PromptResult.Fail(Texts.Format(Resources.Strings.PromptTooLongInCodeUnits, MaxLength));
        return PromptResult.Ok(answer);
    }

    public override FormField ToFormField(string? value, string? error) =>
        new TextField(Key, Question, MaxLength)
        {
            Value = value, Error = error, IsRequired = IsRequired, IsMultiline = IsMultiline, ToggleTitle = ToggleTitle,
            // The client stops at the limit without a word; where a pasted text could reach it, the form says where it is.
            Placeholder = MaxLength >= LimitShownFrom ? Texts.Plural(MaxLength, Resources.Strings.FormTextMaxLengthOne, Resources.Strings.FormTextMaxLength) : null,
        };
}
