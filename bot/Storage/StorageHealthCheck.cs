using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoalitionBot.Storage;

/// <summary>Healthy when the document store answers a read; App Service takes an instance out of rotation otherwise.</summary>
public sealed class StorageHealthCheck(IDocumentStore store) : IHealthCheck
{
    private static readonly string ProbeKey = StorageKey.Of("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ReadAsync(ProbeKey, cancellationToken); // absent is fine: the store answered
            return HealthCheckResult.Healthy();
        }
        catch (StorageUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy("Storage cannot be reached.", ex);
        }
    }
}
