namespace CoalitionBot.ThreeBs;

/// <summary>Houding: the partner's attitude towards the coalition's goal, the third axis of the force field.</summary>
public enum Attitude
{
    Supportive,
    Neutral,
    Resistant,
}
