using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>What a question about the coalition's development measures.</summary>
public enum DevelopmentAxis
{
    /// <summary>Bekwaam: the partners know how to do the current task and can do it.</summary>
    Ability,
    /// <summary>Betrokken: the partners want to do it and trust it will work.</summary>
    Commitment,
}

/// <summary>A statement about the partners for the current task, rated 1 (not at all) to 5 (completely).</summary>
public sealed record DevelopmentQuestion(string Id, DevelopmentAxis Axis, Func<string> Statement);

/// <summary>
/// The questions on how able and committed the coalition's partners are for the task at hand, three
/// on each axis so one odd rating does not decide the style the coalition needs. Ids are stored: never change one.
/// </summary>
public static class DevelopmentQuestions
{
    public const int Lowest = 1, Highest = 5;

    public static IReadOnlyList<DevelopmentQuestion> All { get; } =
    [
        new("ability-knows-what", DevelopmentAxis.Ability, () => Strings.LeadershipAbilityKnowsWhat),
        new("ability-skills", DevelopmentAxis.Ability, () => Strings.LeadershipAbilitySkills),
        new("ability-experience", DevelopmentAxis.Ability, () => Strings.LeadershipAbilityExperience),
        new("commitment-importance", DevelopmentAxis.Commitment, () => Strings.LeadershipCommitmentImportance),
        new("commitment-effort", DevelopmentAxis.Commitment, () => Strings.LeadershipCommitmentEffort),
        new("commitment-confidence", DevelopmentAxis.Commitment, () => Strings.LeadershipCommitmentConfidence),
    ];
}
