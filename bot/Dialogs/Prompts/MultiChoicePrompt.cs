using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>
/// One or more of a fixed list (a partner that decides and funds). In text the options are numbered and the user answers
/// with their numbers or titles ("1 en 3", "1, 3"); a card's checkboxes submit the values joined with commas. The answer is
/// stored as the chosen values, comma-separated, in the list's order, however they were given.
/// </summary>
public sealed record MultiChoicePrompt(string Key, string Question, IReadOnlyList<Choice> Choices) : Prompt(Key, Question)
{
    public override string TextQuestion => NumberedChoices.Question(base.TextQuestion, Resources.Strings.PromptMultiChoiceHint, Choices);

    /// <summary>The chosen values of a stored answer.</summary>
    public static IReadOnlyList<string> Values(string? answer) =>
        string.IsNullOrEmpty(answer) ? [] : answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The chosen values of a stored answer whose choices are an enum's names.</summary>
    public static IReadOnlyList<T> Values<T>(string? answer) where T : struct, Enum => [.. Values(answer).Select(Enum.Parse<T>)];

    protected override PromptResult RecognizeValue(string answer)
    {
        // A card sends "A,B"; a person types "1, 3", "1 en 3", "1 and 3" or the titles. A whole title counts first, so
        // one with a space in it ("Financier of leverancier") is not taken apart.
        var chosen = new HashSet<Choice>();
        foreach (var part in answer.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (NumberedChoices.Find(Choices, part) is { } whole) { chosen.Add(whole); continue; }
            foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsJoiningWord(w)))
            {
                if (NumberedChoices.Find(Choices, word) is not { } choice) return PromptResult.Fail(Resources.Strings.PromptMultiChoiceInvalid);
                chosen.Add(choice);
            }
        }
        return chosen.Count == 0
            ? PromptResult.Fail(Resources.Strings.PromptMultiChoiceInvalid)
            : PromptResult.Ok(string.Join(',', Choices.Where(chosen.Contains).Select(c => c.Value)));
    }

    /// <summary>Both languages' "and": a member may type Dutch in an English chat and the other way round.</summary>
    private static bool IsJoiningWord(string word) => word.ToLowerInvariant() is "en" or "and" or "&" or "+";

    public override FormField ToFormField(string? value, string? error) =>
        new ChoiceField(Key, Question, Choices)
        {
            Value = value, Error = error, IsRequired = IsRequired, InvalidMessage = Resources.Strings.PromptMultiChoiceInvalidInCard,
            ToggleTitle = ToggleTitle, IsMultiSelect = true,
        };
}
