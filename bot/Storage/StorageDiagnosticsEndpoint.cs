using System.Text.Json.Serialization;
using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Storage;

/// <summary>
/// GET /diagnostics/storage: the storage calls made since start (<see cref="StorageCallCounts"/>), so the benchmark
/// can report blob calls per turn. Like the local channel, only without a MicrosoftAppId and only for loopback callers.
/// </summary>
public static class StorageDiagnosticsEndpoint
{
    public const string Path = "/diagnostics/storage";

    public static WebApplication MapStorageDiagnostics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled) return app;
        // Resolved now, so counting starts before the first turn.
        var totals = app.Services.GetRequiredService<StorageCallTotals>();
        app.MapGet(Path, (HttpContext http) => LoopbackAddress.IsLoopback(http.Connection.RemoteIpAddress)
            ? Results.Json(totals.Snapshot(), StorageDiagnosticsJsonContext.Default.StorageCallCounts)
            : Results.StatusCode(StatusCodes.Status403Forbidden));
        return app;
    }
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StorageCallCounts))]
internal sealed partial class StorageDiagnosticsJsonContext : JsonSerializerContext;
