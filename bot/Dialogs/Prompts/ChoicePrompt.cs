using System.Globalization;
using System.Text;
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

    public override string TextQuestion
    {
        get
        {
            var text = new StringBuilder(base.TextQuestion).Append("\n\n").Append(Resources.Strings.PromptChoiceHint).Append('\n');
            // Titles may be what people typed (partners, members); a card's choices show them as they are, a message renders Markdown.
            for (var i = 0; i < Choices.Count; i++) text.Append('\n').Append(CultureInfo.CurrentCulture, $"{i + 1}. {MemberText.Escape(Choices[i].Title)}");
            return text.ToString();
        }
    }

    protected override PromptResult RecognizeValue(string answer)
    {
        // A card sends the value; a person types the option's number or its title. Values win, so they must not look like numbers.
        var match = Choices.FirstOrDefault(c => string.Equals(c.Value, answer, StringComparison.OrdinalIgnoreCase));
        if (match is null && int.TryParse(answer.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= Choices.Count)
            match = Choices[number - 1];
        match ??= Choices.FirstOrDefault(c => string.Equals(c.Title, answer, StringComparison.CurrentCultureIgnoreCase));
        return match is null ? PromptResult.Fail(Resources.Strings.PromptChoiceInvalid) : PromptResult.Ok(match.Value);
    }

    public override FormField ToFormField(string? value, string? error) =>
        new ChoiceField(Key, Question, Choices)
        {
            Value = value, Error = error, IsRequired = IsRequired, InvalidMessage = Resources.Strings.PromptChoiceInvalidInCard,
            ToggleTitle = ToggleTitle, IsCompact = IsCompact,
        };
}
