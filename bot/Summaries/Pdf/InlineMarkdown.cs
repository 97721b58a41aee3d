using System.Text;

namespace CoalitionBot.Summaries.Pdf;

/// <summary>A stretch of text in one style.</summary>
public sealed record TextRun(string Text, bool Bold, bool Italic);

/// <summary>
/// The Markdown a card's text uses, read as runs of plain text for paper: "**bold**", "*italic*" or "_italic_", and
/// backslash escapes, which is how a member's own text arrives (<see cref="Cards.MemberText.Escape"/>), so what they
/// typed prints as typed and never as formatting.
/// </summary>
public static class InlineMarkdown
{
    public static IReadOnlyList<TextRun> Runs(string markdown)
    {
        var runs = new List<TextRun>();
        var text = new StringBuilder();
        bool bold = false, italic = false;
        void Flush()
        {
            if (text.Length > 0) runs.Add(new TextRun(text.ToString(), bold, italic));
            text.Clear();
        }

        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsEscapable(markdown[i + 1]))
            {
                text.Append(markdown[++i]);
            }
            else if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*')
            {
                Flush();
                bold = !bold;
                i++;
            }
            else if (c is '*' or '_')
            {
                Flush();
                italic = !italic;
            }
            else
            {
                text.Append(c);
            }
        }
        Flush();
        return runs;
    }

    /// <summary>CommonMark lets a backslash escape any ASCII punctuation; before anything else it is a backslash.</summary>
    private static bool IsEscapable(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>The text without its formatting.</summary>
    public static string Plain(string markdown) => string.Concat(Runs(markdown).Select(r => r.Text));
}
