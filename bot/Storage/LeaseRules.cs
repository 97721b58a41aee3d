namespace CoalitionBot.Storage;

/// <summary>What every backend accepts as a lease: Azure Blob Storage's rules, so a lease that works locally also works in Azure.</summary>
public static class LeaseRules
{
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    public static void Validate(string leaseId, TimeSpan duration)
    {
        if (!Guid.TryParse(leaseId, out _)) throw new ArgumentException("A lease id must be a GUID (Azure's rule).", nameof(leaseId));
        if (duration < MinDuration || duration > MaxDuration)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"A lease lasts {MinDuration.TotalSeconds:0} to {MaxDuration.TotalSeconds:0} seconds.");
    }
}
