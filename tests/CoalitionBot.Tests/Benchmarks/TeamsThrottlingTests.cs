using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Tests.Authentication;

namespace CoalitionBot.Tests.Benchmarks;

/// <summary>The benchmark's channel throttles as Teams does: 7 messages per second per conversation, 50 requests per second per tenant.</summary>
public sealed class TeamsThrottlingTests
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_eighth_message_within_a_second_to_one_conversation_waits_until_the_first_leaves_the_window()
    {
        var limits = new TeamsThrottling(clock);
        for (var i = 0; i < 7; i++)
        {
            Assert.Null(limits.TryAcquire("tenant", "chat-a"));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(300), limits.TryAcquire("tenant", "chat-a"));
        Assert.Null(limits.TryAcquire("tenant", "chat-b")); // another conversation has its own quota

        clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Null(limits.TryAcquire("tenant", "chat-a"));
    }

    [Fact]
    public void The_tenant_allows_fifty_requests_a_second_over_all_its_conversations_and_a_refusal_uses_no_quota()
    {
        var limits = new TeamsThrottling(clock);
        for (var i = 0; i < 50; i++) Assert.Null(limits.TryAcquire("tenant", $"chat-{i}"));

        Assert.NotNull(limits.TryAcquire("tenant", "chat-new"));
        Assert.Null(limits.TryAcquire("other-tenant", "chat-new"));

        clock.Advance(TimeSpan.FromSeconds(1));
        // The refused requests of the last second do not count: a full second's quota again.
        for (var i = 0; i < 50; i++) Assert.Null(limits.TryAcquire("tenant", $"chat-{i}"));
        Assert.NotNull(limits.TryAcquire("tenant", "chat-0"));
    }

    [Fact]
    public void The_ledger_counts_the_same_message_to_the_same_recipient_twice_as_one_duplicate()
    {
        var ledger = new DeliveryLedger();

        Assert.False(ledger.Record("chat-a", "Tijd voor de check-in"));
        Assert.False(ledger.Record("chat-b", "Tijd voor de check-in"));
        Assert.True(ledger.Record("chat-a", "Tijd voor de check-in"));

        Assert.Equal(1, ledger.Duplicates);
        Assert.Equal(3, ledger.Delivered);
        Assert.Equal(2, ledger.Recipients);
    }
}
