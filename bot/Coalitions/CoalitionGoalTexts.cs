using CoalitionBot.Cards;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Coalitions;

/// <summary>
/// The coalition's goal as the line that heads a method's form or a summary ("houd dit doel in het oog"). A member wrote
/// it, so it is escaped, and it is bounded in bytes so a card near Teams' size limit stays under it.
/// </summary>
public static class CoalitionGoalTexts
{
    /// <summary>Bytes the goal may take in a card: a goal of a few sentences fits whole.</summary>
    public const int MaxBytes = 480;

    /// <summary>"Ons doel: ..." in the current language.</summary>
    public static string Line(string goal) => Texts.Format(Strings.GoalHeading, MemberText.EscapeWithin(goal, MaxBytes));

    /// <summary>The cards with the goal under the first card's title; the same cards when the coalition has no goal.</summary>
    public static IReadOnlyList<AdaptiveCard> AddTo(IReadOnlyList<AdaptiveCard> cards, CoalitionGoal? goal)
    {
        if (goal is null || cards.Count == 0) return cards;
        var first = cards[0];
        var heading = new TextBlock { Text = Line(goal.Text), Wrap = true, IsSubtle = true, Spacing = Spacing.Small };
        return [first with { Body = [.. first.Body.Take(1), heading, .. first.Body.Skip(1)] }, .. cards.Skip(1)];
    }
}
