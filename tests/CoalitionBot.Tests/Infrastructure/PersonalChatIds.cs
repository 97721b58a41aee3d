namespace CoalitionBot.Tests.Infrastructure;

/// <summary>The 1:1 chat ids of the tests' Teams: one chat per person, which Teams also hands back when the bot creates it.</summary>
public static class PersonalChatIds
{
    public static string Of(string userId) => "a:personal-" + userId;
}
