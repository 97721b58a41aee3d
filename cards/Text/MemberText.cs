using System.Globalization;
using System.Text;

namespace CoalitionBot.Cards;

/// <summary>
/// What a person typed (a partner's name, an answer, a display name, a reminder's message), made to show as typed where
/// Teams renders Markdown: a TextBlock, a fact's title or value, a message's text. Not for input values or choice titles:
/// Teams shows those as they are, so a backslash there would show.
/// </summary>
public static class MemberText
{
    /// <summary>
    /// What one answer may take of a card, in bytes of its JSON: an answer of 2,000 characters in Dutch fits whole, one of
    /// emoji (12 bytes each as escaped JSON) is cut after some 340. Summaries and confirmations stay under Teams' limit with it.
    /// </summary>
    public const int AnswerBytes = 4 * 1024;

    /// <summary>Shown where a text was cut; the whole text is kept, and is in the export.</summary>
    public const string Ellipsis = "…";

    // Anywhere in a line these start emphasis, links and images, code, strikethrough, tables, and HTML or a mention (<at>);
    // the backslash itself first, so a member's own backslash cannot undo ours. Parentheses and '!' do nothing without brackets.
    private const string AnywhereInALine = @"\*_[]`~<>|";

    // At the start of a line: lists and headings (also "===" under a line); numbered lists are handled apart, quotes ('>') above.
    private const string AtTheStartOfALine = "-+#=";

    /// <summary>
    /// Backslashes before what would start formatting: CommonMark's escape, which Teams' desktop and web clients follow (some
    /// mobile clients show the backslash: readable, and still no link or mention). Hyphens and full stops inside a line stay as
    /// they are, so ordinary prose comes through unchanged. The text's start counts as a line's (it may follow "- " in a list).
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                lineStart = true;
            }
            else if (lineStart && c is not (' ' or '\t'))
            {
                lineStart = false;
                if (AtTheStartOfALine.Contains(c)) escaped.Append('\\');
                else if (NumberedListMarker(text, i) is { } digits)
                {
                    // "12. " or "12) " starts a numbered list: the digits, then an escaped '.' or ')'.
                    escaped.Append(text, i, digits).Append('\\');
                    i += digits;
                    c = text[i];
                }
            }
            if (AnywhereInALine.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>
    /// <see cref="Escape"/>d and, when it would take more than <paramref name="maxBytes"/> of a card's JSON, cut short with
    /// "…" between two characters as the reader sees them (an emoji or an accented letter is never split).
    /// </summary>
    public static string EscapeWithin(string text, int maxBytes)
    {
        var whole = Escape(text);
        if (AdaptiveCardSerializer.TextSize(whole) <= maxBytes) return whole;

        var starts = StringInfo.ParseCombiningCharacters(text);
        string Cut(int kept) => Escape(text[..starts[kept]].TrimEnd()) + Ellipsis;
        // The most characters that fit with the ellipsis; a longer beginning never takes fewer bytes.
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            var kept = (low + high + 1) / 2;
            if (AdaptiveCardSerializer.TextSize(Cut(kept)) <= maxBytes) low = kept;
            else high = kept - 1;
        }
        return Cut(low);
    }

    /// <summary>The number of digits of "12." or "12)" at <paramref name="at"/>, or null when no numbered-list marker starts there.</summary>
    private static int? NumberedListMarker(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 10 && char.IsAsciiDigit(text[end])) end++;
        return end > at && end < text.Length && text[end] is '.' or ')' ? end - at : null;
    }
}
