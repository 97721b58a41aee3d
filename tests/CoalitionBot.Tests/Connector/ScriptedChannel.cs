using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoalitionBot.Tests.Connector;

/// <summary>
/// A Bot Connector on loopback that answers from a script: each request takes the next scripted
/// answer (status, headers, body), or 201 with an id when the script is used up. Records what arrived.
/// </summary>
public sealed class ScriptedChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private LoopbackServer server = null!;

    public string ServiceUrl => server.BaseAddress.ToString();

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    public static async Task<ScriptedChannel> StartAsync()
    {
        var channel = new ScriptedChannel();
        channel.server = await LoopbackServer.StartAsync(app => app.Run(channel.AnswerAsync));
        return channel;
    }

    public ScriptedChannel Then(int status, string? body = null, string? retryAfter = null)
    {
        script.Enqueue(new ScriptedAnswer(status, body, retryAfter));
        return this;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        // The raw target, as sent: Request.Path would already be unescaped.
        var rawTarget = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        received.Enqueue(new ReceivedRequest(http.Request.Method, rawTarget, DateTimeOffset.UtcNow,
            string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text)));

        var answer = script.TryDequeue(out var next) ? next : new ScriptedAnswer(201, """{"id":"1"}""", null);
        http.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) http.Response.Headers.RetryAfter = answer.RetryAfter;
        if (answer.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(answer.Body);
        }
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private sealed record ScriptedAnswer(int Status, string? Body, string? RetryAfter);
}

/// <summary>A request as the channel saw it: raw path and query (still escaped), arrival time, JSON body.</summary>
public sealed record ReceivedRequest(string Method, string RawPathAndQuery, DateTimeOffset At, JsonNode? Body);
