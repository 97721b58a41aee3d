using System.Text.Json;
using System.Text.Json.Serialization;
using CoalitionBot.Storage;

namespace CoalitionBot.Privacy;

/// <summary>
/// When the purge interval counts from (the last purge, or the bot's first start), kept in storage so that restarts
/// and deployments do not put the purge off for ever, and every instance counts from the same moment.
/// </summary>
public sealed class PurgeSchedule(IDocumentStore store, TimeProvider time)
{
    private static readonly string Key = StorageKey.Of("privacy", "purge-schedule");

    /// <summary>The last purge; the first time ever, now (there is nothing old to purge on a new installation).</summary>
    public async Task<DateTimeOffset> CountsFromAsync(CancellationToken cancellationToken)
    {
        if (await store.ReadJsonAsync(Key, PrivacyJsonContext.Default.PurgeRecord, cancellationToken) is { } record) return record.Value.CountsFrom;
        var now = time.GetUtcNow();
        await RecordAsync(now, cancellationToken);
        return now;
    }

    public Task RecordAsync(DateTimeOffset countsFrom, CancellationToken cancellationToken) =>
        store.WriteJsonAsync(Key, new PurgeRecord(countsFrom), PrivacyJsonContext.Default.PurgeRecord, WriteCondition.Always, cancellationToken);
}

public sealed record PurgeRecord(DateTimeOffset CountsFrom);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PurgeRecord))]
internal sealed partial class PrivacyJsonContext : JsonSerializerContext;
