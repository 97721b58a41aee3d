using System.Collections.Concurrent;
using System.Diagnostics;
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
/// id), serves the team's roster page by page, opens 1:1 chats, and keeps what each conversation received for the
/// simulated member to read.
/// With <see cref="TeamsThrottling"/> it throttles as Teams does (429 with Retry-After); with a <see cref="DeliveryLedger"/>
/// every accepted message is entered in it, so duplicates per recipient can be counted.
/// </summary>
public sealed class ChannelService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TeamsThrottling? limits;
    private readonly DeliveryLedger? ledger;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ChannelMessage>> inboxes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RosterMember> roster;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock timing = new();
    private int nextId;
    private int throttled;
    private int requests;
    private TimeSpan? firstMessageAt;
    private TimeSpan lastMessageAt;

    private ChannelService(WebApplication app, IReadOnlyList<RosterMember> roster, TeamsThrottling? limits, DeliveryLedger? ledger)
    {
        this.app = app;
        this.roster = roster;
        this.limits = limits;
        this.ledger = ledger;
    }

    public Uri ServiceUrl { get; private set; } = null!;
    public int Throttled => Volatile.Read(ref throttled);
    /// <summary>Every request that arrived, throttled ones too.</summary>
    public int Requests => Volatile.Read(ref requests);
    /// <summary>From the first accepted message to the last (zero before two arrived).</summary>
    public TimeSpan MessagingTime
    {
        get { lock (timing) return lastMessageAt - (firstMessageAt ?? lastMessageAt); }
    }

    /// <summary>The 1:1 chat this channel opens for a member.</summary>
    public static string PersonalChatOf(string userId) => "a:personal-" + userId;

    public static async Task<ChannelService> StartAsync(IReadOnlyList<RosterMember> roster, TeamsThrottling? limits = null, DeliveryLedger? ledger = null)
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
        Interlocked.Increment(ref requests);
        if (http.Request.Method == HttpMethods.Get && segments.Length == 4 && segments[3] == "pagedmembers")
        {
            await PageOfRosterAsync(http);
            return;
        }
        if (http.Request.Method == HttpMethods.Post && segments.Length == 2)
        {
            await CreatePersonalChatAsync(http);
            return;
        }
        if (segments.Length < 4 || segments[3] != "activities" || (http.Request.Method != HttpMethods.Post && http.Request.Method != HttpMethods.Put))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var activity = (await JsonNode.ParseAsync(http.Request.Body))?.AsObject() ?? [];
        if (await ThrottledAsync(http, TenantOf(activity), conversationId)) return;

        var isUpdate = http.Request.Method == HttpMethods.Put;
        var id = isUpdate ? segments[4] : Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);
        ledger?.Record(conversationId, isUpdate ? "update " + id + " " + Content(activity) : Content(activity));
        lock (timing)
        {
            lastMessageAt = clock.Elapsed;
            firstMessageAt ??= lastMessageAt;
        }
        inboxes.GetOrAdd(conversationId, _ => new ConcurrentQueue<ChannelMessage>()).Enqueue(new ChannelMessage(id, isUpdate, activity));
        await Results.Json(new { id }, statusCode: isUpdate ? StatusCodes.Status200OK : StatusCodes.Status201Created).ExecuteAsync(http);
    }

    /// <summary>Above Teams' limits: answers 429 with Retry-After (whole seconds, as Teams does) and counts it.</summary>
    private async Task<bool> ThrottledAsync(HttpContext http, string tenantId, string? conversationId)
    {
        if (limits?.TryAcquire(tenantId, conversationId) is not { } wait) return false;
        Interlocked.Increment(ref throttled);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Results.Json(new { error = new { code = "TooManyRequests", message = "Throttled" } }, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
        return true;
    }

    /// <summary>The roster a page at a time, as Teams' paged members API (pageSize, continuationToken).</summary>
    private Task PageOfRosterAsync(HttpContext http)
    {
        var size = int.TryParse(http.Request.Query["pageSize"], CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 200;
        var from = int.TryParse(http.Request.Query["continuationToken"], CultureInfo.InvariantCulture, out var c) ? c : 0;
        var page = roster.Skip(from).Take(size).Select(m => new { id = m.UserId, name = m.Name });
        var next = from + size < roster.Count ? (from + size).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new { members = page, continuationToken = next }).ExecuteAsync(http);
    }

    /// <summary>Opens (or, as Teams does, hands back) the 1:1 chat of the member the request names.</summary>
    private async Task CreatePersonalChatAsync(HttpContext http)
    {
        var request = (await JsonNode.ParseAsync(http.Request.Body))?.AsObject() ?? [];
        if (await ThrottledAsync(http, TenantOf(request), conversationId: null)) return;
        var member = request["members"]?[0]?["id"]?.GetValue<string>() ?? "";
        await Results.Json(new { id = PersonalChatOf(member) }, statusCode: StatusCodes.Status201Created).ExecuteAsync(http);
    }

    private static string TenantOf(JsonObject activity) =>
        activity["conversation"]?["tenantId"]?.GetValue<string>() ?? activity["tenantId"]?.GetValue<string>()
        ?? activity["channelData"]?["tenant"]?["id"]?.GetValue<string>() ?? "unknown";

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
