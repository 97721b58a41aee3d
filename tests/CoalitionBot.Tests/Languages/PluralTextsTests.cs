using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoalitionBot.Testing;

namespace CoalitionBot.Tests.Languages;

/// <summary>
/// A text filled in with a count of things has a singular and a plural resource (<c>NameOne</c> beside <c>Name</c> or
/// <c>NameMany</c>, used through <c>Texts.Plural</c>), in Dutch and in English: never "1 leden", "1 members" or "antwoord(en)".
/// </summary>
public sealed partial class PluralTextsTests
{
    /// <summary>Plural nouns that follow a count in the bot's texts.</summary>
    [GeneratedRegex(@"\{\d\}\s+(?:[a-z]+\s+)?(leden|antwoorden|coalities|partners|herinneringen|gesprekken|tekens|rondes|uren|members|answers|answer records|coalitions|reminders|conversations|characters|rounds|hours|days|weeks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfThings();

    [GeneratedRegex(@"\w\((s|en|ken|es)\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketPlural();

    /// <summary>
    /// Counts that are never 1: a field's length limit, the minimum of respondents (3 and more), the answers from which a
    /// spread is shown (5), and the answers behind figures, which are shown only from the minimum of respondents.
    /// </summary>
    private static readonly HashSet<string> NeverOne =
    [
        "CheckInIntro", "ExportIntro", "PromptTooLong", "PromptTooLongInCodeUnits", "SummaryDistributionNote",
        "SummaryAspectValue", "SummaryAspectValueWithoutSpread", "SummaryAwaitingNewAnswers", "SummaryCheckInIntro", "SummaryFiguresRefresh",
        "SummaryOverviewCheckIn", "SummaryOverviewLeadership",
    ];

    public static TheoryData<string> ResourceFiles => new() { "Strings.resx", "Strings.en.resx" };

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Bot, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_text_with_a_count_of_things_has_a_singular_and_a_plural(string file)
    {
        var texts = Read(file);
        var missing = texts
            .Where(t => CountOfThings().IsMatch(t.Value) && !NeverOne.Contains(t.Key) && !t.Key.EndsWith("One", StringComparison.Ordinal))
            .Where(t => !texts.ContainsKey(t.Key + "One") && !texts.ContainsKey(Regex.Replace(t.Key, "Many$", "") + "One"))
            .Select(t => $"{t.Key}: {t.Value}");
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void No_text_writes_singular_and_plural_at_once(string file) =>
        Assert.Empty(Read(file).Where(t => BracketPlural().IsMatch(t.Value)).Select(t => $"{t.Key}: {t.Value}"));

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_singular_has_its_plural(string file)
    {
        var texts = Read(file);
        Assert.DoesNotContain(texts.Keys, k => k.EndsWith("One", StringComparison.Ordinal) && !k.EndsWith("ByOne", StringComparison.Ordinal)
            && !texts.ContainsKey(k[..^3]) && !texts.ContainsKey(k[..^3] + "Many"));
    }
}
