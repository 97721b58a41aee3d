using System.Threading.RateLimiting;

namespace CoalitionBot.BotFramework.Connector;

/// <summary>
/// Teams' limits for a bot, as token buckets every fan-out request waits for: at most 50 requests a second
/// together (the bot is single-tenant, so that is the tenant's limit) and 7 messages a second per conversation.
/// A bucket holds one token, so a 1-second window sees at most its rate plus the token waiting at its start:
/// 45 + 1 of 50 requests and 5 + 1 of 7 messages. The rest is room for requests that the network or a busy
/// machine delays and that then arrive together.
/// </summary>
public sealed class TeamsRateLimits : IDisposable
{
    public const int RequestsPerSecond = 50;
    public const int MessagesPerSecondPerConversation = 7;

    private readonly RateLimiter all = new TokenBucketRateLimiter(Bucket(RequestsPerSecond * 9 / 10));
    private readonly PartitionedRateLimiter<string> conversations = PartitionedRateLimiter.Create<string, string>(
        conversationId => RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => Bucket(MessagesPerSecondPerConversation - 2)));

    /// <summary>Waits for a turn for one request, and for one message in <paramref name="conversationId"/> when it sends one.</summary>
    public async Task WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is not null) (await conversations.AcquireAsync(conversationId, 1, cancellationToken)).Dispose();
        (await all.AcquireAsync(1, cancellationToken)).Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    public void Dispose()
    {
        all.Dispose();
        conversations.Dispose();
    }
}
