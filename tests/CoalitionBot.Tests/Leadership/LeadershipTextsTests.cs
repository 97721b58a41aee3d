using System.Collections;
using System.Globalization;
using System.Resources;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;

namespace CoalitionBot.Tests.Leadership;

/// <summary>Every text of the leadership dialog exists in Dutch and in English.</summary>
public sealed class LeadershipTextsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Strings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Where(e => ((string)e.Key).StartsWith("Leadership", StringComparison.Ordinal))
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_leadership_text_is_translated()
    {
        var dutch = Texts(CultureInfo.InvariantCulture); // the neutral resources are Dutch
        var english = Texts(English);

        Assert.True(dutch.Count > 60, $"Only {dutch.Count} leadership texts found.");
        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        Assert.Empty(english.Where(e => e.Value == dutch[e.Key]).Select(e => e.Key));
    }

    [Fact]
    public void Situations_have_a_distinct_option_per_style_in_both_languages()
    {
        Assert.InRange(LeadershipSituations.All.Count, 8, 12);
        Assert.Equal(LeadershipSituations.All.Count, LeadershipSituations.All.Select(s => s.Id).Distinct().Count());
        foreach (var culture in new[] { "nl-NL", "en" })
        {
            using var scope = new CultureScope(culture);
            foreach (var situation in LeadershipSituations.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(situation.Text()));
                var options = Enum.GetValues<LeadershipStyle>().Select(situation.Option).ToList();
                Assert.Equal(4, options.Distinct().Count());
            }
        }
    }

    [Fact]
    public void There_are_four_to_six_questions_on_ability_and_commitment()
    {
        Assert.InRange(DevelopmentQuestions.All.Count, 4, 6);
        Assert.Contains(DevelopmentQuestions.All, q => q.Axis == DevelopmentAxis.Ability);
        Assert.Contains(DevelopmentQuestions.All, q => q.Axis == DevelopmentAxis.Commitment);
        Assert.Equal(DevelopmentQuestions.All.Count, DevelopmentQuestions.All.Select(q => q.Id).Distinct().Count());
    }
}
