using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>
/// One of a fixed list. In text the options are numbered and the user answers with the number (or the
/// option's title); a card submits the option's value. Both are recognised.
/// </summary>
public sealed record ChoicePrompt(string Key, string Question, IReadOnlyList<Choice> Choices) : Prompt(Key, Question)
{
    /// <summary>In a form: a drop-down rather than radio buttons (a longer list, e.g. time zones).</summary>
    public bool IsCompact { get; init; }

    public override string TextQuestion => NumberedChoices.Question(base.TextQuestion, Resources.Strings.PromptChoiceHint, Choices);

    protected override PromptResult RecognizeValue(string answer) =>
        NumberedChoices.Find(Choices, answer) is { } match ? PromptResult.Ok(match.Value) : PromptResult.Fail(Resources.Strings.PromptChoiceInvalid);

    public override FormField ToFormField(string? value, string? error) =>
        new ChoiceField(Key, Question, Choices)
        {
            Value = value, Error = error, IsRequired = IsRequired, InvalidMessage = Resources.Strings.PromptChoiceInvalidInCard,
            ToggleTitle = ToggleTitle, IsCompact = IsCompact,
        };
}
