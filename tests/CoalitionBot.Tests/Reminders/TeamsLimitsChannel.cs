using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoalitionBot.Tests.Reminders;

/// <summary>
/// Teams' Bot Connector on loopback for fan-outs: a team roster of any size served page by page, 1:1 chats
/// created on request, and injected failures: every <see cref="TooManyRequestsEvery"/>th request a 429 with
/// Retry-After, every <see cref="ServerErrorEvery"/>th a 503 (each request target at most once), and 403 (blocked)
/// for the members in <see cref="Blocked"/>.
/// Records every request's arrival time, so tests can check the rate limits the bot keeps.
/// </summary>
public sealed class TeamsLimitsChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<(TimeSpan At, string? Conversation)> requests = new();
    private readonly ConcurrentQueue<Delivery> deliveries = new();
    private readonly ConcurrentDictionary<string, byte> failedOnce = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private LoopbackServer server = null!;
    private readonly IReadOnlyList<string> members;
    private int requestCount;
    private int injectedFailures;

    private TeamsLimitsChannel(IReadOnlyList<string> members) => this.members = members;

    public IReadOnlySet<string> Blocked { get; private init; } = new HashSet<string>();
    /// <summary>Members whose 1:1 chat answers every message with 503, retries too.</summary>
    public IReadOnlySet<string> Failing { get; private init; } = new HashSet<string>();
    public int TooManyRequestsEvery { get; private init; }
    public int ServerErrorEvery { get; private init; }
    /// <summary>How long each message takes to answer, as Teams' latency.</summary>
    public TimeSpan MessageLatency { get; private init; }

    public Uri ServiceUrl => server.BaseAddress;
    public IReadOnlyCollection<Delivery> Deliveries => deliveries;
    public int InjectedFailures => Volatile.Read(ref injectedFailures);

    /// <summary>A roster of <paramref name="memberCount"/> members ("29:member-001", ...) and the failures to inject.</summary>
    public static async Task<TeamsLimitsChannel> StartAsync(int memberCount, int tooManyEvery = 0, int serverErrorEvery = 0, IReadOnlySet<string>? blocked = null,
        TimeSpan latency = default, IReadOnlySet<string>? failing = null)
    {
        var channel = new TeamsLimitsChannel([.. Enumerable.Range(1, memberCount).Select(i => $"29:member-{i:D3}")])
        {
            TooManyRequestsEvery = tooManyEvery,
            ServerErrorEvery = serverErrorEvery,
            Blocked = blocked ?? new HashSet<string>(),
            Failing = failing ?? new HashSet<string>(),
            MessageLatency = latency,
        };
        channel.server = await LoopbackServer.StartAsync(app => app.Map("/v3/{**path}", channel.HandleAsync));
        return channel;
    }

    /// <summary>The 1:1 chat the channel creates for a member: the benchmark's channel's rule.</summary>
    public static string PersonalConversationOf(string memberId) => ChannelService.PersonalChatOf(memberId);

    /// <summary>Every request that arrived, failed ones too.</summary>
    public int RequestCount => requests.Count;

    /// <summary>Messages (attempts, failed ones too) sent to one conversation.</summary>
    public int RequestsTo(string conversation) => requests.Count(r => r.Conversation == conversation);

    /// <summary>Messages that arrived, by conversation.</summary>
    public IReadOnlyDictionary<string, int> DeliveriesByConversation => deliveries.GroupBy(d => d.Conversation).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The most requests that arrived within any one second (all, or to one conversation's activities).</summary>
    public int MostRequestsInOneSecond(bool perConversation = false)
    {
        var groups = perConversation
            ? requests.Where(r => r.Conversation is not null).GroupBy(r => r.Conversation).Select(g => g.Select(r => r.At).Order().ToList())
            : [requests.Select(r => r.At).Order().ToList()];
        var most = 0;
        foreach (var times in groups)
            for (int start = 0, end = 0; end < times.Count; end++)
            {
                while (times[end] - times[start] >= TimeSpan.FromSeconds(1)) start++;
                most = Math.Max(most, end - start + 1);
            }
        return most;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? "");
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var isMessage = http.Request.Method == "POST" && segments.Length == 4 && segments[3] == "activities";
        requests.Enqueue((clock.Elapsed, isMessage ? segments[2] : null));
        var number = Interlocked.Increment(ref requestCount);
        JsonNode? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Method == "POST")
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync();
            body = text.Length > 0 ? JsonNode.Parse(text) : null;
        }

        // Each request target fails at most once, so bounded retries always get through and the outcome is the same on a loaded machine.
        var target = $"{http.Request.Method} {path}?{http.Request.QueryString} {body?["members"]?[0]?["id"]}";
        bool FailsNow(int every) => every > 0 && number % every == 0 && failedOnce.TryAdd(target, 0);

        if (FailsNow(TooManyRequestsEvery))
        {
            Interlocked.Increment(ref injectedFailures);
            http.Response.Headers.RetryAfter = "0";
            await Results.Json(new { error = new { code = "TooManyRequests", message = "Slow down" } }, statusCode: 429).ExecuteAsync(http);
            return;
        }
        if (FailsNow(ServerErrorEvery) || (isMessage && Failing.Any(member => segments[2] == PersonalConversationOf(member))))
        {
            Interlocked.Increment(ref injectedFailures);
            await Results.Json(new { error = new { code = "ServiceError", message = "Try again" } }, statusCode: 503).ExecuteAsync(http);
            return;
        }

        if (segments is [_, "conversations", _, "pagedmembers"])
            await PageAsync(http);
        else if (segments is [_, "conversations"] && http.Request.Method == "POST")
        {
            var member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "";
            if (Blocked.Contains(member))
                await Results.Json(new { error = new { code = "ConversationBlockedByUser", message = "User blocked the conversation with the bot." } }, statusCode: 403).ExecuteAsync(http);
            else
                await Results.Json(new { id = PersonalConversationOf(member) }, statusCode: 201).ExecuteAsync(http);
        }
        else if (isMessage)
        {
            if (MessageLatency > TimeSpan.Zero) await Task.Delay(MessageLatency);
            deliveries.Enqueue(new Delivery(segments[2], body));
            await Results.Json(new { id = "m" + number.ToString(CultureInfo.InvariantCulture) }, statusCode: 201).ExecuteAsync(http);
        }
        else
            await Results.Json(new { error = new { code = "NotFound", message = "Not here" } }, statusCode: 404).ExecuteAsync(http);
    }

    private Task PageAsync(HttpContext http)
    {
        var size = int.TryParse(http.Request.Query["pageSize"], out var s) ? s : 100;
        var from = int.TryParse(http.Request.Query["continuationToken"], out var c) ? c : 0;
        var page = members.Skip(from).Take(size).Select(id => new { id, name = "Member " + id[^3..] }).ToList();
        var next = from + size < members.Count ? (from + size).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new { members = page, continuationToken = next }).ExecuteAsync(http);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

/// <summary>A message that reached a conversation.</summary>
public sealed record Delivery(string Conversation, JsonNode? Body)
{
    public string? CardText => Body?["attachments"]?[0]?["content"]?.ToJsonString();
}
