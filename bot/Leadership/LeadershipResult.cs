using System.Text.Json.Serialization;

namespace CoalitionBot.Leadership;

/// <summary>
/// One completed self-assessment as stored: the answers themselves and what was worked out from them,
/// so a summary reads the figures and never has to score again (and old results keep the meaning
/// they had when they were made, even if the scoring changes later).
/// </summary>
public sealed record LeadershipResult
{
    /// <summary>2: flexibility is the number of situations answered with their fitting style (<see cref="FittingAnswers"/>).</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required DateTimeOffset AnsweredAt { get; init; }

    /// <summary>Situation id → the style of the option chosen.</summary>
    public required IReadOnlyDictionary<string, LeadershipStyle> Choices { get; init; }

    /// <summary>Question id → rating 1-5 of the partners' ability for the current task.</summary>
    public required IReadOnlyDictionary<string, int> AbilityRatings { get; init; }

    /// <summary>Question id → rating 1-5 of the partners' commitment to the current task.</summary>
    public required IReadOnlyDictionary<string, int> CommitmentRatings { get; init; }

    /// <summary>How often each style was chosen; every style is present.</summary>
    public required IReadOnlyDictionary<LeadershipStyle, int> Counts { get; init; }

    /// <summary>The styles with the highest count; more than one is a tie.</summary>
    public required IReadOnlyList<LeadershipStyle> LeadingStyles { get; init; }

    /// <summary>The one style the member counts as in summaries (on a tie: see <see cref="LeadershipProfile.Of"/>).</summary>
    public required LeadershipStyle DominantStyle { get; init; }

    /// <summary>
    /// Styles chosen at least twice, 0-4: what version 1 called flexibility. Still written, so a bot of that version can
    /// read the document after a rollback; nothing reads it any more.
    /// </summary>
    [JsonPropertyName("flexibility")]
    public int StylesChosenTwice { get; init; }

    /// <summary>Situations answered with the style that fits them; null in results of version 1, which are scored from <see cref="Choices"/> when read.</summary>
    public int? FittingAnswers { get; init; }

    /// <summary>Mean ability rating, 1-5.</summary>
    public required double Ability { get; init; }

    /// <summary>Mean commitment rating, 1-5.</summary>
    public required double Commitment { get; init; }

    /// <summary>The style the coalition needs now, by this member's ratings.</summary>
    public required LeadershipStyle NeededStyle { get; init; }

    [JsonIgnore]
    public LeadershipProfile Profile => new(Counts, LeadingStyles, DominantStyle,
        FittingAnswers ?? LeadershipProfile.FittingOf(Choices), LeadershipProfile.SituationsOf(Choices));

    [JsonIgnore]
    public CoalitionDevelopment Development => new(Ability, Commitment);

    /// <summary>Scores the answers of one run of the dialog.</summary>
    public static LeadershipResult Score(
        IReadOnlyDictionary<string, LeadershipStyle> choices,
        IReadOnlyDictionary<string, int> abilityRatings,
        IReadOnlyDictionary<string, int> commitmentRatings,
        DateTimeOffset answeredAt)
    {
        var profile = LeadershipProfile.Of(choices);
        var development = CoalitionDevelopment.Of(abilityRatings.Values, commitmentRatings.Values);
        return new LeadershipResult
        {
            AnsweredAt = answeredAt,
            Choices = choices,
            AbilityRatings = abilityRatings,
            CommitmentRatings = commitmentRatings,
            Counts = profile.Counts,
            LeadingStyles = profile.LeadingStyles,
            DominantStyle = profile.DominantStyle,
            StylesChosenTwice = profile.Counts.Values.Count(count => count >= 2),
            FittingAnswers = profile.FittingAnswers,
            Ability = development.Ability,
            Commitment = development.Commitment,
            NeededStyle = development.NeededStyle,
        };
    }
}
