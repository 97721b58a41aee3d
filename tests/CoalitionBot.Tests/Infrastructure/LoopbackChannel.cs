using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// Plays Teams' Bot Connector on loopback: records every call the bot makes and answers as the
/// connector does (201 with an id; the create-conversation and roster answers are recorded payloads).
/// </summary>
public sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly SemaphoreSlim arrived = new(0);
    private LoopbackServer server = null!;
    private int nextId = 1000;

    public Uri ServiceUrl => server.BaseAddress;

    public IReadOnlyCollection<ConnectorCall> Calls => calls;

    /// <summary>When set, every call is answered with this status (after being recorded), as a failing connector would.</summary>
    public int? FailWithStatus { get; set; }

    /// <summary>A status to refuse a particular call with (after recording it), e.g. 413 for a card Teams finds too big; null answers as usual.</summary>
    public Func<ConnectorCall, int?>? Refuse { get; set; }

    /// <summary>An answer of the test's own to a particular call (after recording it), e.g. a documented error body; null answers as usual.</summary>
    public Func<ConnectorCall, ChannelAnswer?>? Answer { get; set; }

    /// <summary>How long the channel takes before it answers (or gives up, when the bot hangs up first).</summary>
    public TimeSpan AnswerDelay { get; set; }

    public static async Task<LoopbackChannel> StartAsync()
    {
        var channel = new LoopbackChannel();
        channel.server = await LoopbackServer.StartAsync(app => app.Map("/v3/{**path}", channel.HandleAsync));
        return channel;
    }

    /// <summary>Waits until at least <paramref name="count"/> calls arrived (or fails after the timeout).</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (calls.Count < count)
        {
            try { await arrived.WaitAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"Expected {count} connector calls, got {calls.Count}: {string.Join(", ", calls.Select(c => c.Method + " " + c.Path))}"); }
        }
        return calls.ToList();
    }

    /// <summary>What the bot sent (POST and PUT), leaving out roster reads.</summary>
    public IReadOnlyList<ConnectorCall> Messages => [.. calls.Where(c => c.Method != "GET")];

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        var call = new ConnectorCall(http.Request.Method, Uri.UnescapeDataString(http.Request.Path.Value ?? ""),
            http.Request.Headers.Authorization.ToString(), string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text)) { RawBody = text };
        calls.Enqueue(call);
        arrived.Release();

        if (AnswerDelay > TimeSpan.Zero)
        {
            try { await Task.Delay(AnswerDelay, http.RequestAborted); }
            catch (OperationCanceledException) { return; } // the bot gave up waiting
        }
        if (FailWithStatus is { } status)
        {
            await Results.Json(new { error = new { code = "ServiceError", message = "The channel is failing (test)." } }, statusCode: status).ExecuteAsync(http);
            return;
        }
        if (Answer?.Invoke(call) is { } answer)
        {
            await Results.Text(answer.Body ?? "", "application/json", statusCode: answer.Status).ExecuteAsync(http);
            return;
        }
        if (Refuse?.Invoke(call) is { } refusal)
        {
            await Results.Json(new { error = new { code = refusal == 413 ? "MessageSizeTooBig" : "BadArgument", message = "The channel refuses this message (test)." } }, statusCode: refusal).ExecuteAsync(http);
            return;
        }

        var id = Interlocked.Increment(ref nextId).ToString();
        if (call.Path.EndsWith("/pagedmembers", StringComparison.Ordinal) && http.Request.Query.ContainsKey("continuationToken"))
            await Results.Json(new { members = Array.Empty<object>() }).ExecuteAsync(http); // the recorded page says more follow: this is the last
        else if (call.Path.EndsWith("/pagedmembers", StringComparison.Ordinal))
            await Results.Text(File.ReadAllText(RepositoryPaths.TeamsFixture("docs-connector-pagedmembers.response.json")), "application/json").ExecuteAsync(http);
        else if (call.Path == "/v3/conversations" && call.Method == "POST" && call.Body?["channelData"]?["channel"]?["id"]?.GetValue<string>() is { } channelId)
            // A new thread in a channel: Teams answers with the thread's id (docs-connector-createConversation-channelThread.response.json).
            await Results.Json(new { id = $"{channelId};messageid={id}", activityId = id }, statusCode: 201).ExecuteAsync(http);
        else if (call.Path == "/v3/conversations" && call.Method == "POST" && call.Body?["members"]?[0]?["id"]?.GetValue<string>() is { } memberId)
            // A 1:1 chat: Teams hands back the person's one chat with the bot, the one DialogConversation plays them in.
            await Results.Json(new { id = PersonalChatIds.Of(memberId), activityId = id }, statusCode: 201).ExecuteAsync(http);
        else if (call.Path == "/v3/conversations" && call.Method == "POST")
            await Results.Json(new { id = "a:created-" + id, activityId = id }, statusCode: 201).ExecuteAsync(http);
        else
            await Results.Json(new { id }, statusCode: call.Method == "PUT" ? 200 : 201).ExecuteAsync(http);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

/// <summary>A status and body the channel answers with, e.g. one of <c>Fixtures/Teams/connectorError-*.json</c>.</summary>
public sealed record ChannelAnswer(int Status, string? Body)
{
    /// <summary>The documented error body of that fixture, with the status in its name.</summary>
    public static ChannelAnswer Documented(string fixture) =>
        new(int.Parse(fixture.Split('-')[1]), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CoalitionBot.Tests", "Fixtures", "Teams", fixture)));
}

/// <summary>One request the bot made to the channel: method, unescaped path, Authorization header, JSON body.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body)
{
    public string? Text => Body?["text"]?.GetValue<string>();

    public JsonNode? Card => Body?["attachments"]?[0]?["content"];

    /// <summary>The body exactly as the bot wrote it.</summary>
    public string? RawBody { get; init; }

    /// <summary>
    /// The UTF-8 bytes of the card's JSON as the bot wrote it (escapes included), in a message or a new thread's first
    /// message: the size the bot keeps under Teams' limit. Null when the call carries no card.
    /// </summary>
    public int? CardBytes
    {
        get
        {
            if (RawBody is null) return null;
            using var json = JsonDocument.Parse(RawBody);
            var activity = json.RootElement.TryGetProperty("activity", out var first) ? first : json.RootElement;
            return activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
                ? System.Text.Encoding.UTF8.GetByteCount(attachments[0].GetProperty("content").GetRawText())
                : null;
        }
    }
}
