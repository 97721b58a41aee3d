using System.Diagnostics.Metrics;

namespace CoalitionBot.Storage;

/// <summary>
/// The "CoalitionBot.Storage" meter: store operations by kind and outcome, and the HTTP requests the blob
/// client actually sends (retries and container creation included), so a benchmark can read calls per turn.
/// </summary>
public sealed class StorageMetrics
{
    public const string MeterName = "CoalitionBot.Storage";
    public const string OperationsName = "coalitionbot.storage.operations";
    public const string OperationDurationName = "coalitionbot.storage.operation.duration";
    public const string BlobRequestsName = "coalitionbot.storage.blob.requests";

    public StorageMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        Operations = Meter.CreateCounter<long>(OperationsName, "{operation}", "Document store calls, tagged operation and outcome.");
        OperationDuration = Meter.CreateHistogram<double>(OperationDurationName, "s", "Time a document store call took.");
        BlobRequests = Meter.CreateCounter<long>(BlobRequestsName, "{request}", "HTTP requests sent to Blob Storage, tagged method.");
    }

    public Meter Meter { get; }
    public Counter<long> Operations { get; }
    public Histogram<double> OperationDuration { get; }
    public Counter<long> BlobRequests { get; }
}
