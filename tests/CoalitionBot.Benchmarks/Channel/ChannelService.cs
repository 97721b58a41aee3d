using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.Benchmarks.Channel;

/// <summary>
/// Plays Teams' Bot Connector on 127.0.0.1 for the bot under load: takes its messages and updates (201/200 with an
/// id), serves the team's roster, and keeps what each conversation received for the simulated member to read.
/// With <see cref="TeamsRateLimits"/> it throttles as Teams does (429 with Retry-After); with a <see cref="DeliveryLedger"/>
/// every accepted message is entered in it, so duplicates per recipient can be counted.
/// </summary>
public sealed class ChannelService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TeamsRateLimits? limits;
    private readonly DeliveryLedger? ledger;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ChannelMessage>> inboxes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RosterMember> roster;
    private int nextId;
    private int throttled;

    private ChannelService(WebApplication app, IReadOnlyList<RosterMember> roster, TeamsRateLimits? limits, DeliveryLedger? ledger)
    {
        this.app = app;
        this.roster = roster;
        this.limits = limits;
        this.ledger = ledger;
    }

    public Uri ServiceUrl { get; private set; } = null!;
    public int Throttled => Volatile.Read(ref throttled);

    public static async Task<ChannelService> StartAsync(IReadOnlyList<RosterMember> roster, TeamsRateLimits? limits = null, DeliveryLedger? ledger = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var channel = new ChannelService(builder.Build(), roster, limits, ledger);
        channel.app.Map("/v3/{**path}", channel.HandleAsync);
        await channel.app.StartAsync();
        var address = channel.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return channel;
    }

    /// <summary>Takes what the bot sent to this conversation since the last call (messages and updates, in order).</summary>
    public IReadOnlyList<ChannelMessage> TakeMessages(string conversationId)
    {
        var taken = new List<ChannelMessage>();
        if (inboxes.TryGetValue(conversationId, out var inbox))
            while (inbox.TryDequeue(out var message)) taken.Add(message);
        return taken;
    }

    private async Task HandleAsync(HttpContext http)
    {
        // /v3/conversations/{conversationId}/activities[/{activityId}] or .../pagedmembers; ids arrive escaped.
        var segments = (http.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var conversationId = segments.Length > 2 ? segments[2] : "";
        if (http.Request.Method == HttpMethods.Get && segments.Length == 4 && segments[3] == "pagedmembers")
        {
            await Results.Json(new { members = roster.Select(m => new { id = m.UserId, name = m.Name }) }).ExecuteAsync(http);
            return;
        }
        if (segments.Length < 4 || segments[3] != "activities" || (http.Request.Method != HttpMethods.Post && http.Request.Method != HttpMethods.Put))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var activity = (await JsonNode.ParseAsync(http.Request.Body))?.AsObject() ?? [];
        if (limits?.TryAcquire(TenantOf(activity), conversationId) is { } wait)
        {
            Interlocked.Increment(ref throttled);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await Results.Json(new { error = new { code = "TooManyRequests", message = "Throttled" } }, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            return;
        }

        var isUpdate = http.Request.Method == HttpMethods.Put;
        var id = isUpdate ? segments[4] : Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        ledger?.Record(conversationId, isUpdate ? "update " + id + " " + Content(activity) : Content(activity));
        inboxes.GetOrAdd(conversationId, _ => new ConcurrentQueue<ChannelMessage>()).Enqueue(new ChannelMessage(id, isUpdate, activity));
        await Results.Json(new { id }, statusCode: isUpdate ? StatusCodes.Status200OK : StatusCodes.Status201Created).ExecuteAsync(http);
    }

    private static string TenantOf(JsonObject activity) =>
        activity["conversation"]?["tenantId"]?.GetValue<string>() ?? activity["channelData"]?["tenant"]?["id"]?.GetValue<string>() ?? "unknown";

    /// <summary>What the recipient sees: the text and the attachments.</summary>
    private static string Content(JsonObject activity) => (activity["text"]?.ToJsonString() ?? "") + (activity["attachments"]?.ToJsonString() ?? "");

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

/// <summary>A member of the team's roster, as the channel lists it.</summary>
public sealed record RosterMember(string UserId, string Name);

/// <summary>One message (or update of an earlier one) the bot sent to a conversation.</summary>
public sealed record ChannelMessage(string Id, bool IsUpdate, JsonObject Activity)
{
    public string? Text => Activity["text"]?.GetValue<string>();

    public JsonObject? Card => Activity["attachments"]?[0]?["content"]?.AsObject();
}
