namespace CoalitionBot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>What the bot keeps per conversation: the way back to it, and each user's state in it.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ConversationUserStateStore>();
        return services;
    }
}
