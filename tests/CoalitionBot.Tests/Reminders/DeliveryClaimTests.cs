using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Reminders;

/// <summary>
/// A claim is create-if-not-exists. When storage answers the create too slowly, its client sends it again and
/// the retry meets the record the first attempt made: that claim is still ours, or the member would never get the reminder.
/// </summary>
public sealed class DeliveryClaimTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly DeliveryLog log;
    private readonly ReminderJob job = new(TestSchedules.Daily("09:00"), new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), ReminderPhase.Reminder);

    public DeliveryClaimTests() => log = new DeliveryLog(new LocalDocumentStore(folder.Path, NullLogger<LocalDocumentStore>.Instance));

    public void Dispose() => folder.Dispose();

    private static DeliveryRecord Claim(string claimId) => new() { Recipient = "29:member-001", Kind = RecipientKind.Member, ClaimId = claimId };

    [Fact]
    public async Task A_retried_create_that_finds_its_own_claim_keeps_it()
    {
        Assert.True((await log.TryClaimAsync(job, Claim("first-attempt"), CancellationToken.None)).Claimed);

        var (claimed, existing) = await log.TryClaimAsync(job, Claim("first-attempt"), CancellationToken.None);

        Assert.True(claimed);
        Assert.Null(existing);
    }

    [Fact]
    public async Task A_claim_of_another_run_is_never_taken_over()
    {
        await log.TryClaimAsync(job, Claim("other-run"), CancellationToken.None);

        var (claimed, existing) = await log.TryClaimAsync(job, Claim("this-run"), CancellationToken.None);

        Assert.False(claimed);
        Assert.Equal("other-run", existing!.ClaimId);
    }

    [Fact]
    public async Task Once_the_outcome_is_recorded_even_the_same_claim_id_does_not_send_again()
    {
        await log.TryClaimAsync(job, Claim("first-attempt"), CancellationToken.None);
        await log.RecordAsync(job, Claim("first-attempt") with { Status = DeliveryStatus.Sent }, CancellationToken.None);

        Assert.False((await log.TryClaimAsync(job, Claim("first-attempt"), CancellationToken.None)).Claimed);
    }
}
