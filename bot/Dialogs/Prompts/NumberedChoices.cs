using System.Globalization;
using System.Text;
using CoalitionBot.Cards;

namespace CoalitionBot.Dialogs.Prompts;

/// <summary>How a list of options is asked and answered in text: numbered under the question, answered by number, title or value.</summary>
internal static class NumberedChoices
{
    /// <summary>The question, the hint, and the options numbered from 1.</summary>
    public static string Question(string question, string hint, IReadOnlyList<Choice> choices)
    {
        var text = new StringBuilder(question).Append("\n\n").Append(hint).Append('\n');
        // Titles may be what people typed (partners, members); a card's choices show them as they are, a message renders Markdown.
        for (var i = 0; i < choices.Count; i++) text.Append('\n').Append(CultureInfo.CurrentCulture, $"{i + 1}. {MemberText.Escape(choices[i].Title)}");
        return text.ToString();
    }

    /// <summary>
    /// The option a card sent (its value) or a person typed (its number or title). Values win, so they must not look like numbers.
    /// </summary>
    public static Choice? Find(IReadOnlyList<Choice> choices, string answer)
    {
        var match = choices.FirstOrDefault(c => string.Equals(c.Value, answer, StringComparison.OrdinalIgnoreCase));
        if (match is null && int.TryParse(answer.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
            match = choices[number - 1];
        return match ?? choices.FirstOrDefault(c => string.Equals(c.Title, answer, StringComparison.CurrentCultureIgnoreCase));
    }
}
