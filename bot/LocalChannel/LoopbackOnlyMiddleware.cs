using CoalitionBot.BotFramework.Authentication;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// The local channel trusts its callers completely (no real tokens), so it answers this machine only,
/// just as the bot without a MicrosoftAppId accepts activities from loopback only.
/// </summary>
internal sealed class LoopbackOnlyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (LoopbackAddress.IsLoopback(http.Connection.RemoteIpAddress)) return next(http);
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
