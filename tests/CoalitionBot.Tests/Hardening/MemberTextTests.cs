using CoalitionBot.Cards;

namespace CoalitionBot.Tests.Hardening;

/// <summary>Member text in a card or message shows as typed: a CommonMark renderer finds no formatting in it.</summary>
public sealed class MemberTextTests
{
    [Theory]
    [InlineData("[GGD](https://evil.example/x)")]
    [InlineData("![logo](https://evil.example/x.png)")]
    [InlineData("<at>Beheerder</at> en <at id=\"0\">Iedereen</at>")]
    [InlineData("<script>alert(1)</script> en <b>vet</b>")]
    [InlineData("**vet**, __ook vet__, _schuin_, ~~doorgestreept~~ en `code`")]
    [InlineData("- een lijst\n+ nog een\n* en nog een\n1. genummerd\n2) ook genummerd")]
    [InlineData("# Kop\n> citaat\nregel\n---\nregel\n===")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("a | b\n:-|-:\n1 | 2")]
    [InlineData("```\ncode\n```\n~~~\nook code\n~~~")]
    [InlineData(@"\[GGD\](https://evil.example/x) met backslashes ervoor \\")]
    [InlineData("  * ingesprongen\r- na een carriage return\r\n12. na CRLF")]
    public void Markdown_and_mentions_that_a_member_types_show_as_typed(string typed)
    {
        var escaped = MemberText.Escape(typed);

        Assert.Empty(RenderedMarkdown.HiddenFormatting(escaped));
        Assert.Equal(Words(typed), Words(RenderedMarkdown.PlainText(escaped)));
    }

    [Theory]
    [InlineData("De financiering na 2027 is nog niet rond.")]
    [InlineData("GGD Hollands Midden (Uitvoerder): 3 B's, check-in op 12-3; 50% klaar!")]
    public void Ordinary_text_is_left_as_it_is(string typed) => Assert.Equal(typed, MemberText.Escape(typed));

    // Renderers join lines and drop the spaces around them; what counts is that every character comes through.
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
