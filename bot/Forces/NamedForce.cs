namespace CoalitionBot.Forces;

/// <summary>Which way a force pushes: towards the coalition's goal (bevorderend) or away from it (belemmerend).</summary>
public enum ForceDirection { For, Against }

/// <summary>One force a member named: what it is, which way it pushes, and how strong it is (1 zwak, 2 middel, 3 sterk).</summary>
public sealed record NamedForce(ForceDirection Direction, string Text, int Strength)
{
    public const int MinStrength = 1, MaxStrength = 3;
}

/// <summary>A member's latest forces and when they named them; answering again replaces them.</summary>
public sealed record MemberForces(string UserId, DateTimeOffset NamedAt, IReadOnlyList<NamedForce> Forces);
