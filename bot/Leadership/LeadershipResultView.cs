using System.Globalization;
using System.Text;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Leadership;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>A result in the member's language: the card's content, and the same as compact text for text mode.</summary>
public static class LeadershipResultView
{
    /// <param name="phase">The coalition's phase, which the advice reads the need against; null when nobody set it.</param>
    public static LeadershipResultCardContent Content(LeadershipResult result, CoalitionPhase? phase)
    {
        var profile = result.Profile;
        var notes = new List<string> { Strings.LeadershipFlexibilityNote };
        if (profile.IsTie) notes.Add(Texts.Format(Strings.LeadershipTieNote, ListOf(profile.LeadingStyles), InSentence(profile.DominantStyle)));

        return new LeadershipResultCardContent
        {
            Title = Strings.LeadershipResultTitle,
            Verdict = Texts.Format(Strings.LeadershipVerdict, ListOf(profile.LeadingStyles), InSentence(result.NeededStyle)),
            ProfileHeading = Strings.LeadershipProfileHeading,
            ProfileFacts =
            [
                .. Enum.GetValues<LeadershipStyle>().Select(style => new Fact(NameOf(style), profile.Counts[style].ToString(CultureInfo.CurrentCulture))),
                new Fact(Strings.LeadershipFlexibility, Texts.Format(Strings.LeadershipFlexibilityValue, profile.FittingAnswers, profile.Situations)),
            ],
            ProfileNotes = notes,
            NeedHeading = Strings.LeadershipNeedHeading,
            NeedFacts =
            [
                new Fact(Strings.LeadershipAbility, Texts.Format(Strings.LeadershipOutOfFive, result.Ability)),
                new Fact(Strings.LeadershipCommitment, Texts.Format(Strings.LeadershipOutOfFive, result.Commitment)),
                new Fact(Strings.LeadershipFittingStyle, NameOf(result.NeededStyle)),
                .. phase is { } known ? [new Fact(Strings.LeadershipPhase, CoalitionPhaseTexts.Name(known))] : Array.Empty<Fact>(),
            ],
            NeedNote = Strings.LeadershipNeedNote,
            SuggestionsHeading = Strings.LeadershipSuggestionsHeading,
            Suggestions = LeadershipAdvice.For(profile, result.NeededStyle, phase),
            Footer = Strings.LeadershipSavedNote,
            Language = CardLanguage.Current,
        };
    }

    /// <summary>The card's content as one message: a heading per section with its facts on one line below it.</summary>
    public static string Text(LeadershipResultCardContent content)
    {
        var text = new StringBuilder()
            .Append("**").Append(content.Title).Append("**\n\n")
            .Append(content.Verdict).Append("\n\n");
        Section(text, content.ProfileHeading, Facts(content.ProfileFacts));
        foreach (var note in content.ProfileNotes) text.Append(note).Append("\n\n");
        Section(text, content.NeedHeading, Facts(content.NeedFacts));
        Section(text, content.SuggestionsHeading, string.Join("\n", content.Suggestions.Select(s => "- " + s)));
        if (content.Footer is not null) text.Append('_').Append(content.Footer).Append('_');
        return text.ToString().TrimEnd();
    }

    public static string NameOf(LeadershipStyle style) => style switch
    {
        LeadershipStyle.Directing => Strings.LeadershipStyleDirecting,
        LeadershipStyle.Coaching => Strings.LeadershipStyleCoaching,
        LeadershipStyle.Supporting => Strings.LeadershipStyleSupporting,
        _ => Strings.LeadershipStyleDelegating,
    };

    private static void Section(StringBuilder text, string heading, string body) =>
        text.Append("**").Append(heading).Append("**\n\n").Append(body).Append("\n\n");

    private static string Facts(IEnumerable<Fact> facts) => string.Join(" · ", facts.Select(f => $"{f.Title}: {f.Value}"));

    public static string InSentence(LeadershipStyle style) => NameOf(style).ToLower(CultureInfo.CurrentCulture);

    /// <summary>"begeleiden", "begeleiden en ondersteunen", "sturen, begeleiden en ondersteunen".</summary>
    public static string ListOf(IReadOnlyList<LeadershipStyle> styles)
    {
        var names = styles.Select(InSentence).ToList();
        return names.Count == 1 ? names[0] : Texts.Format(Strings.LeadershipListAnd, string.Join(", ", names[..^1]), names[^1]);
    }

}
