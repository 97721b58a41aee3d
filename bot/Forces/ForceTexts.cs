using CoalitionBot.Cards;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Forces;

/// <summary>The forces' words in the current language: the strengths and the two directions.</summary>
public static class ForceTexts
{
    /// <summary>The strengths as a form offers them; the values are words, so a typed "2" picks the second.</summary>
    public static IReadOnlyList<Choice> StrengthChoices() =>
        [new Choice(Strings.ForceStrengthWeak, "weak"), new Choice(Strings.ForceStrengthMedium, "medium"), new Choice(Strings.ForceStrengthStrong, "strong")];

    public static int StrengthOf(string value) => value switch { "weak" => 1, "medium" => 2, _ => 3 };

    public static string StrengthName(int strength) => strength switch { 1 => Strings.ForceStrengthWeak, 2 => Strings.ForceStrengthMedium, _ => Strings.ForceStrengthStrong };

    public static string DirectionName(ForceDirection direction) => direction == ForceDirection.For ? Strings.ForcesFor : Strings.ForcesAgainst;

    /// <summary>"Tijd van de wethouder (sterk)": a member's own force as typed, for their confirmation.</summary>
    public static string Own(NamedForce force) => $"{MemberText.EscapeWithin(force.Text, MemberText.AnswerBytes)} ({StrengthName(force.Strength)})";

    /// <summary>"Steun van de wethouder: 3 keer genoemd, gemiddeld 2,7": a merged force as leads see it.</summary>
    public static string Merged(MergedForce force) =>
        Texts.Plural(force.Count, Strings.ForceNamedOne, Strings.ForceNamed, MemberText.EscapeWithin(force.Text, MemberText.AnswerBytes), force.MeanStrength);
}
