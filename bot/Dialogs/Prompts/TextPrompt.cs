using System.Globalization;
using CoalitionBot.Cards.Forms;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>Free text up to <see cref="MaxLength"/> characters (counted as the user sees them).</summary>
public sealed record TextPrompt(string Key, string Question, int MaxLength = TextPrompt.DefaultMaxLength) : Prompt(Key, Question)
{
    public const int DefaultMaxLength = 2000;

    public bool IsMultiline { get; init; }

    protected override PromptResult RecognizeValue(string answer)
    {
        var length = new StringInfo(answer).LengthInTextElements;
        return length > MaxLength
            ? PromptResult.Fail(string.Format(CultureInfo.CurrentCulture, Resources.Strings.PromptTooLong, MaxLength, length))
            : PromptResult.Ok(answer);
    }

    public override FormField ToFormField(string? value, string? error) =>
        new TextField(Key, Question, MaxLength) { Value = value, Error = error, IsRequired = IsRequired, IsMultiline = IsMultiline };
}
