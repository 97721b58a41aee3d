using System.Text.Json;
using Microsoft.Extensions.Options;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework;

/// <summary>
/// Runs one turn for one HTTP request to /api/messages, as the SDK's CloudAdapter does:
/// read and check the activity, authenticate the caller, run the bot, answer the HTTP call.
/// Replies go out of band through the connector; only invokes carry an answer in the response.
/// </summary>
public sealed partial class CloudAdapter(
    BotAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorClient connector,
    ITurnErrorHandler turnErrorHandler,
    IOptions<ConnectorRetryOptions> connectorOptions,
    TimeProvider time,
    IOptions<BotFrameworkOptions> botOptions,
    ILogger<CloudAdapter> logger)
{
    /// <summary>Larger bodies are refused with 413 (Direct Line allows 256K; Teams messages are far smaller).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task ProcessAsync(HttpContext http, IBot bot, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var body = await RequestBody.ReadLimitedAsync(request.Body, request.ContentLength, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {MaxBodyBytes / 1024} KB.");
            return;
        }

        var activity = Parse(body, out var parseError);
        if (activity is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, parseError!);
            return;
        }

        BotCallerIdentity caller;
        try
        {
            caller = await authenticator.AuthenticateAsync(activity, request.Headers.Authorization, http.Connection.RemoteIpAddress, http.RequestAborted);
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogWarning("Refused an activity: {Reason}", ex.Message);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteProblemAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized.");
            return;
        }

        // The caller proved it may be answered at this serviceUrl, so outbound tokens may go there.
        if (caller.ServiceUrl is { } serviceUrl) trustedServiceUrls.Trust(serviceUrl);

        using var replyDeadline = new CancellationTokenSource(connectorOptions.Value.ReplyTimeout);
        var turn = new TurnContext(activity, connector) { BotUrl = PublicBaseUrl(botOptions.Value, request), ReplyDeadline = replyDeadline.Token };
        // The turn's trace and scope carry the activity id and nothing else that identifies anyone.
        using (TurnTrace.Start(activity.Id))
        using (logger.BeginScope(new Dictionary<string, object?> { ["ActivityId"] = LogSafe.Identifier(activity.Id) }))
        {
            var started = time.GetTimestamp();
            var outcome = await RunTurnAsync(turn, bot, cancellationToken);
            LogTurn(LogSafe.Identifier(activity.Type), LogSafe.Identifier(turn.CommandName ?? turn.PrivateTurn?.CommandName ?? "-"),
                outcome, (long)time.GetElapsedTime(started).TotalMilliseconds);
        }

        if (activity.IsType(ActivityTypes.Invoke))
            await WriteInvokeResponseAsync(http, turn.InvokeResponse);
        else
            http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task<TurnOutcome> RunTurnAsync(TurnContext turn, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
            return TurnOutcome.Completed;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var outcome = LogFailure(ex);
            try
            {
                await turnErrorHandler.OnTurnErrorAsync(turn, ex, cancellationToken);
            }
            catch (Exception handlerFailure)
            {
                // The user could not even be told (the channel may be down); the log is all that is left.
                logger.LogError(handlerFailure, "Telling the user about a failed turn failed too");
            }
            return outcome;
        }
    }

    /// <summary>A refusal by the channel is the channel's code and the refused operation, for the operator to look up; anything else is the bot's own failure.</summary>
    private TurnOutcome LogFailure(Exception exception)
    {
        if (exception is not ConnectorException refusal)
        {
            logger.LogError(exception, "The turn failed");
            return TurnOutcome.Failed;
        }
        LogChannelRefused(refusal, refusal.Operation?.ToString() ?? "-", (int)refusal.StatusCode, refusal.ErrorCode is null ? "-" : LogSafe.Identifier(refusal.ErrorCode));
        return TurnOutcome.ChannelRefused;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {ActivityType} {Command}: {Outcome} in {DurationMs} ms")]
    private partial void LogTurn(string activityType, string command, TurnOutcome outcome, long durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The channel refused the turn's {Operation}: {StatusCode} {ErrorCode}")]
    private partial void LogChannelRefused(Exception exception, string operation, int statusCode, string errorCode);

    private static Activity? Parse(byte[] body, out string? error)
    {
        error = null;
        try
        {
            var activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
            if (activity is null) error = "The body is not an activity.";
            else if (string.IsNullOrWhiteSpace(activity.Type)) error = "The activity has no type.";
            else if (activity.ServiceUrl is { } serviceUrl && !IsHttpUrl(serviceUrl)) error = "The activity's serviceUrl is not an http(s) URL.";
            else if (HasNullItems(activity)) error = "The activity has a list with an empty (null) item.";
            else if (!JsonText.IsReadable(activity)) error = "The activity holds text that is not valid Unicode (a lone surrogate).";
            return error is null ? activity : null;
        }
        catch (JsonException ex)
        {
            error = $"The body is not a valid activity: {ex.Message}";
            return null;
        }
    }

    /// <summary>No channel sends <c>[null]</c>; refusing it here spares every reader of these lists a null check.</summary>
    private static bool HasNullItems(Activity activity) =>
        activity.Entities?.Contains(null) == true || activity.Attachments?.Contains(null) == true
        || activity.MembersAdded?.Contains(null) == true || activity.MembersRemoved?.Contains(null) == true
        || activity.ReactionsAdded?.Contains(null) == true || activity.ReactionsRemoved?.Contains(null) == true;

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static Task WriteInvokeResponseAsync(HttpContext http, InvokeResponse? invokeResponse)
    {
        // An invoke the bot did not answer: Teams only needs a well-formed HTTP answer.
        http.Response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status200OK;
        if (invokeResponse?.Body is not { } body) return Task.CompletedTask;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body)).AsTask();
    }

    /// <summary>Channels only call bots over HTTPS, and TLS ends in front of the app (App Service), so only loopback keeps http.</summary>
    /// <summary>The configured public address; else the host the request named (locally: the host the chat page was opened on).</summary>
    private static Uri? PublicBaseUrl(BotFrameworkOptions options, HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicUrl) && Uri.TryCreate(options.PublicUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var configured))
            return configured;
        if (!request.Host.HasValue) return null;
        var loopback = request.Host.Host is "localhost" or "127.0.0.1" or "[::1]";
        return Uri.TryCreate($"{(loopback ? request.Scheme : "https")}://{request.Host.Value}/", UriKind.Absolute, out var url) ? url : null;
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(http);
}
