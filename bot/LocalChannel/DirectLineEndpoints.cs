using System.Globalization;
using CoalitionBot.Coalitions;
using CoalitionBot.BotFramework.Schema;
using static CoalitionBot.LocalChannel.LocalChannelHttp;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// The client side of the local channel: the Direct Line 3.0 calls Web Chat makes in polling mode
/// (<c>webSocket: false</c>). Member posts are echoed into the transcript with an id (Web Chat shows a
/// message as sent only when its echo arrives) and then delivered to the bot; replies arrive through
/// <see cref="ConnectorEndpoints"/>.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";
    private static readonly System.Text.RegularExpressions.Regex UserIdPattern = new("^[A-Za-z0-9_-]{1,64}$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup(BasePath);
        directLine.MapPost("/tokens/generate", GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", RefreshToken);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", GetConversation);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    /// <summary>A token for one member in their 1:1 chat or in the team channel (created on first use).</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, LocalConversations conversations, LocalChannelTokens tokens)
    {
        var body = await LocalChannelHttp.ReadJsonAsync(request, LocalChannelJsonContext.Default.TokenRequest);
        if (body?.User is not { Id: { } userId } user || !UserIdPattern.IsMatch(userId))
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "Give user.id: 1 to 64 letters, digits, '-' or '_'.");
        if (!TryParseKind(body.ConversationType, out var kind))
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "conversationType is 'personal' or 'channel'.");

        var member = new ChannelAccount { Id = userId, Name = string.IsNullOrWhiteSpace(user.Name) ? userId : user.Name.Trim()[..Math.Min(user.Name.Trim().Length, 100)] };
        var conversation = conversations.GetOrCreate(kind, userId);
        // The team's roster is the sample team plus whoever joins it when their conversation starts (JoinTeamAsync).
        if (kind == LocalConversationKind.Personal) conversation.Join(member);
        var session = new LocalSession(conversation.Id, member, body.Locale);
        return Results.Json(new DirectLineConversation { ConversationId = conversation.Id, Token = tokens.Issue(session) }, LocalChannelJsonContext.Default.DirectLineConversation);
    }

    private static IResult RefreshToken(HttpRequest request, LocalChannelTokens tokens) =>
        tokens.Find(request.Headers.Authorization) is { } session
            ? Results.Json(new DirectLineConversation { ConversationId = session.ConversationId, Token = tokens.Issue(session) }, LocalChannelJsonContext.Default.DirectLineConversation)
            : Forbidden();

    /// <summary>Starts the token's conversation: the first start tells the bot (conversationUpdate), so it can welcome.</summary>
    private static async Task<IResult> StartConversationAsync(HttpContext http, LocalConversations conversations, LocalChannelTokens tokens, BotDelivery bot, CoalitionStore coalitions)
    {
        if (tokens.Find(http.Request.Headers.Authorization) is not { } session) return Forbidden();
        if (conversations.Find(session.ConversationId) is not { } conversation) return NotFound();

        var token = tokens.Issue(session);
        var answer = new DirectLineConversation { ConversationId = conversation.Id, Token = token };
        var serviceUrl = BotDelivery.OwnBaseAddress(http);
        await JoinTeamAsync(session, conversations, bot, coalitions, serviceUrl, http.Request.Host, http.RequestAborted);
        if (!conversation.MarkStarted()) return Results.Json(answer, LocalChannelJsonContext.Default.DirectLineConversation);

        // A welcome that fails is in the bot's log; the conversation works without it.
        await bot.TryDeliverAsync(serviceUrl, http.Request.Host, ChannelActivities.ConversationStarted(session, conversation, serviceUrl), http.RequestAborted);
        return Results.Json(answer, LocalChannelJsonContext.Default.DirectLineConversation, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>
    /// Everyone who chats with a coalition's bot in Teams is in its team. So here too: whoever starts first finds the
    /// sample team set up (its admin added the bot, everyone on the roster, the lead named); anyone else joins the team.
    /// </summary>
    private static async Task JoinTeamAsync(LocalSession session, LocalConversations conversations, BotDelivery bot, CoalitionStore coalitions, Uri serviceUrl, HostString pageHost, CancellationToken cancellationToken)
    {
        var team = conversations.GetOrCreate(LocalConversationKind.Channel, session.User.Id!);
        if (team.MarkStarted())
        {
            foreach (var member in SampleTeam.Members) team.Join(member.Account);
            var isNewCoalition = await coalitions.GetAsync(SampleTeam.CoalitionId, cancellationToken) is null;
            var installer = new LocalSession(team.Id, SampleTeam.Installer.Account, session.Locale);
            await bot.TryDeliverAsync(serviceUrl, pageHost, ChannelActivities.ConversationStarted(installer, team, serviceUrl), cancellationToken);
            if (isNewCoalition) await SampleTeam.GiveRolesAsync(coalitions, cancellationToken);
        }
        if (team.Join(session.User))
            await bot.TryDeliverAsync(serviceUrl, pageHost, ChannelActivities.MemberJoined(session with { ConversationId = team.Id }, team, serviceUrl), cancellationToken);
    }

    private static IResult GetConversation(string conversationId, HttpRequest request, LocalConversations conversations, LocalChannelTokens tokens) =>
        Authorize(request, conversationId, conversations, tokens, out var session, out var conversation) is { } refused
            ? refused
            : Results.Json(new DirectLineConversation { ConversationId = conversation!.Id, Token = tokens.Issue(session!) }, LocalChannelJsonContext.Default.DirectLineConversation);

    /// <summary>Echoes the member's activity into the transcript, then gives it to the bot and waits for the turn (as Direct Line does).</summary>
    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, LocalConversations conversations, LocalChannelTokens tokens, BotDelivery bot)
    {
        if (Authorize(http.Request, conversationId, conversations, tokens, out var session, out var conversation) is { } refused) return refused;
        var posted = await LocalChannelHttp.ReadJsonAsync(http.Request, LocalChannelJsonContext.Default.Activity);
        if (posted is null || string.IsNullOrEmpty(posted.Type))
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");

        var serviceUrl = BotDelivery.OwnBaseAddress(http);
        var activity = ChannelActivities.FromUser(posted, session!, conversation!, serviceUrl);
        // Typing is only relayed, never part of the transcript.
        if (!activity.IsType(ActivityTypes.Typing)) activity = conversation!.Append(activity);

        return await bot.TryDeliverAsync(serviceUrl, http.Request.Host, activity, http.RequestAborted)
            ? Results.Json(new ResourceResponse { Id = activity.Id }, LocalChannelJsonContext.Default.ResourceResponse)
            : Error(StatusCodes.Status502BadGateway, "BotError", "The bot did not accept the activity; see its log.");
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, LocalConversations conversations, LocalChannelTokens tokens)
    {
        if (Authorize(request, conversationId, conversations, tokens, out _, out var conversation) is { } refused) return refused;
        _ = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var after);
        var (activities, newWatermark) = conversation!.Since(after);
        return Results.Json(new ActivitySet(activities, newWatermark.ToString(CultureInfo.InvariantCulture)), LocalChannelJsonContext.Default.ActivitySet);
    }

    /// <summary>Null when the token is valid for this conversation; otherwise the refusal to send.</summary>
    private static IResult? Authorize(HttpRequest request, string conversationId, LocalConversations conversations, LocalChannelTokens tokens, out LocalSession? session, out LocalConversation? conversation)
    {
        conversation = null;
        session = tokens.Find(request.Headers.Authorization);
        if (session is null || session.ConversationId != conversationId) return Forbidden();
        conversation = conversations.Find(conversationId);
        return conversation is null ? NotFound() : null;
    }

    private static bool TryParseKind(string? value, out LocalConversationKind kind)
    {
        kind = value?.ToLowerInvariant() switch
        {
            null or "" or "personal" => LocalConversationKind.Personal,
            "channel" => LocalConversationKind.Channel,
            _ => (LocalConversationKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    // 403 is how Direct Line refuses a token; Web Chat then reports an expired connection.
    private static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "TokenInvalid", "Get a token from /v3/directline/tokens/generate for this conversation.");

    // 404 ends Web Chat's polling: the conversation is gone (the bot restarted, or it was the oldest of too many).
    private static IResult NotFound() => Error(StatusCodes.Status404NotFound, "ConversationNotFound", "No such conversation; start a new one.");

}
