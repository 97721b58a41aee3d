using Azure.Core;
using Azure.Core.Pipeline;

namespace CoalitionBot.Storage;

/// <summary>Counts every HTTP request the blob client sends, each retry included (it runs per try).</summary>
internal sealed class BlobRequestCountingPolicy(StorageMetrics metrics) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        metrics.BlobRequests.Add(1, new KeyValuePair<string, object?>("method", message.Request.Method.Method));
}
