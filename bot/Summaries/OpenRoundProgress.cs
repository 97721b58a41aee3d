namespace CoalitionBot.Summaries;

/// <summary>The open check-in round in a summary: its name, how many checked in so far, and when it closes (null: when a lead closes it).</summary>
public sealed record OpenRoundProgress(string Name, int Answers, DateTimeOffset? ClosesAt);
