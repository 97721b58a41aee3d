namespace CoalitionBot.PersonalData;

/// <summary>What "delete my data" removed: memberships, answer records, conversation states.</summary>
public sealed record ErasureReport(int Coalitions, int Answers, int Conversations);
