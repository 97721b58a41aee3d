using CoalitionBot.Cards;
using CoalitionBot.Cards.Leadership;
using CoalitionBot.Leadership;
using CoalitionBot.Tests.Cards;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>The result card and its text version, in both languages, valid Adaptive Cards 1.5 within Teams' size limit.</summary>
public sealed class LeadershipResultCardTests
{
    private static LeadershipResult Tied() => LeadershipResult.Score(
        new Dictionary<string, LeadershipStyle> { ["kick-off"] = Supporting, ["late-figures"] = Delegating, ["second-neighbourhood"] = Supporting, ["resident-voice"] = Delegating, ["referrals"] = Coaching },
        new Dictionary<string, int> { ["x"] = 4, ["y"] = 4, ["z"] = 3 },
        new Dictionary<string, int> { ["p"] = 2, ["q"] = 3, ["r"] = 3 },
        DateTimeOffset.UnixEpoch);

    private static LeadershipResultCardContent ContentIn(string culture, LeadershipResult result)
    {
        using var scope = new CultureScope(culture);
        return LeadershipResultView.Content(result, phase: null);
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en")]
    public async Task The_result_card_is_valid_and_small(string culture)
    {
        var card = LeadershipResultCard.Build(ContentIn(culture, Tied()));

        await AdaptiveCardSchema.AssertValidAsync(card.ToJson());
        Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes");
        Assert.Equal(System.Globalization.CultureInfo.GetCultureInfo(culture).TwoLetterISOLanguageName, card.Lang); // "nl": what renderers accept
        Assert.Null(card.Actions); // a result, nothing to click
    }

    [Fact]
    public void The_Dutch_card_shows_profile_need_and_suggestions()
    {
        var content = ContentIn("nl-NL", Tied());
        var json = LeadershipResultCard.Build(content).ToJson();

        Assert.Equal("Je neigt naar **ondersteunen en delegeren**; je coalitie vraagt nu om **ondersteunen**.", content.Verdict);
        Assert.Equal(["Sturen", "Begeleiden", "Ondersteunen", "Delegeren", "Flexibiliteit"], content.ProfileFacts.Select(f => f.Title));
        Assert.Equal(["0", "1", "2", "2", "passend in 1 van de 5 situaties"], content.ProfileFacts.Select(f => f.Value));
        Assert.Contains(content.ProfileNotes, n => n.Contains("even vaak voor ondersteunen en delegeren", StringComparison.Ordinal) && n.EndsWith("ondersteunen.", StringComparison.Ordinal));
        Assert.Equal(["3,7 van 5", "2,7 van 5", "Ondersteunen"], content.NeedFacts.Select(f => f.Value)); // Dutch decimal comma
        Assert.Equal(2, content.Suggestions.Count);
        Assert.Contains("FactSet", json);
        Assert.Contains("- Je stijl past", json);
    }

    [Fact]
    public void The_English_text_version_has_the_same_content()
    {
        var content = ContentIn("en", Tied());
        using var english = new CultureScope("en");
        var text = LeadershipResultView.Text(content);

        Assert.StartsWith("**Your leadership style**", text);
        Assert.Contains("You lean towards **supporting and delegating**; your coalition now asks for **supporting**.", text);
        Assert.Contains("**Your profile**\n\nDirecting: 0 · Coaching: 1 · Supporting: 2 · Delegating: 2 · Flexibility: fitting in 1 of the 5 situations\n\n", text);
        Assert.Contains("Ability: 3.7 out of 5 · Commitment: 2.7 out of 5 · Style that fits: Supporting", text);
        Assert.Contains("**Suggestions**\n\n- Your style fits", text);
        Assert.Contains("\n- Nobody has set your coalition's phase yet.", text);
        Assert.EndsWith("_Your answers have been saved and count towards the coalition's summary._", text);
    }

    [Fact]
    public void Three_tied_styles_read_as_a_list()
    {
        var result = LeadershipResult.Score(
            new Dictionary<string, LeadershipStyle> { ["a"] = Directing, ["b"] = Coaching, ["c"] = Delegating },
            new Dictionary<string, int> { ["x"] = 1 }, new Dictionary<string, int> { ["y"] = 5 }, DateTimeOffset.UnixEpoch);

        Assert.StartsWith("Je neigt naar **sturen, begeleiden en delegeren**;", ContentIn("nl-NL", result).Verdict);
    }
}
