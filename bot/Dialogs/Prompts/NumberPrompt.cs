using System.Globalization;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>A whole number from <see cref="Min"/> to <see cref="Max"/>, e.g. a score of 1 to 10.</summary>
public sealed record NumberPrompt(string Key, string Question, int Min, int Max) : Prompt(Key, Question)
{
    public override string TextQuestion =>
        $"{base.TextQuestion} {Texts.Format(Resources.Strings.PromptNumberHint, Min, Max)}";

    /// <summary>Some clients send an empty number field as "NaN"; it is empty, not a wrong number.</summary>
    protected override bool IsEmpty(string answer) => answer.Equals("NaN", StringComparison.Ordinal);

    protected override PromptResult RecognizeValue(string answer)
    {
        // Cards send "7" or "7.0"; people type "7" or "7,0". Only whole numbers are answers.
        var normalised = answer.Replace(',', '.');
        if (decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number >= Min && number <= Max)
            return PromptResult.Ok(((int)number).ToString(CultureInfo.InvariantCulture));
        return PromptResult.Fail(RangeMessage);
    }

    private string RangeMessage => Texts.Format(Resources.Strings.PromptNumberOutOfRange, Min, Max);

    public override FormField ToFormField(string? value, string? error) =>
        new NumberField(Key, Question, Min, Max)
        {
            Value = value, Error = error, IsRequired = IsRequired, InvalidMessage = RangeMessage, ToggleTitle = ToggleTitle,
            Placeholder = string.Create(CultureInfo.CurrentCulture, $"{Min}–{Max}"),
        };
}
