using Azure;
using Azure.Identity;
using Azure.Storage.Blobs.Models;

namespace CoalitionBot.Storage;

/// <summary>Sorts Azure Blob Storage failures into the outcomes the store contract knows.</summary>
internal static class BlobErrors
{
    public static bool IsNotFound(RequestFailedException e) => e.Status == 404;

    public static bool IsContainerNotFound(RequestFailedException e) =>
        e.Status == 404 && e.ErrorCode == BlobErrorCode.ContainerNotFound;

    /// <summary>If-Match failed (412) or If-None-Match: * found a blob (409 BlobAlreadyExists).</summary>
    public static bool IsConditionFailed(RequestFailedException e) =>
        e.Status == 412 || (e.Status == 409 && e.ErrorCode == BlobErrorCode.BlobAlreadyExists);

    /// <summary>
    /// Failures of the service or the way to it, not of our request: the caller can only say "not saved".
    /// A cancellation the caller asked for is not one of them.
    /// </summary>
    public static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        // Status 0: no response at all (connection refused, DNS, TLS). 408/429/5xx: the service is struggling.
        // 401/403: the identity cannot reach the account (a missing role assignment), same outcome for the caller.
        RequestFailedException r => r.Status is 0 or 401 or 403 or 408 or 429 or >= 500,
        // Token acquisition for the account failed.
        AuthenticationFailedException or CredentialUnavailableException => true,
        HttpRequestException or TimeoutException or IOException => true,
        // Azure.Core reports its per-try network timeout as a cancellation nobody asked for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        // Azure.Core's retry policy throws every failed try together once retries run out.
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        _ => false,
    };

    /// <summary>The status of the last attempt, for the log (0 when there was no response).</summary>
    public static int StatusOf(Exception e) => e switch
    {
        RequestFailedException r => r.Status,
        AggregateException a when a.InnerExceptions.Count > 0 => StatusOf(a.InnerExceptions[^1]),
        _ => 0,
    };
}
