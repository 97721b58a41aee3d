using CoalitionBot.BotFramework.Schema;
using static CoalitionBot.LocalChannel.LocalChannelHttp;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// The bot side of the local channel: the Bot Connector v3 calls the bot makes at the serviceUrl it was
/// given (this host). Messages and updates land in the transcript that Web Chat polls; an update keeps
/// the activity's id, so Web Chat replaces the old message (a submitted form becomes its confirmation).
/// </summary>
internal static class ConnectorEndpoints
{
    public const string BasePath = "/v3/conversations";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var connector = endpoints.MapGroup(BasePath);
        connector.MapPost("", CreateConversationAsync);
        connector.MapPost("/{conversationId}/activities", (string conversationId, HttpRequest request, LocalConversations conversations) =>
            SendAsync(conversationId, replyToId: null, request, conversations));
        connector.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request, LocalConversations conversations) =>
            SendAsync(conversationId, activityId, request, conversations));
        connector.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        connector.MapGet("/{conversationId}/pagedmembers", GetMembers);
    }

    private static async Task<IResult> SendAsync(string conversationId, string? replyToId, HttpRequest request, LocalConversations conversations)
    {
        if (conversations.Find(conversationId) is not { } conversation) return ConversationNotFound(conversationId);
        if (await ReadJsonAsync(request, LocalChannelJsonContext.Default.Activity) is not { } sent) return BadActivity();

        var stored = conversation.Append(ChannelActivities.FromBot(sent, conversation, replyToId));
        return Results.Json(new ResourceResponse { Id = stored.Id }, LocalChannelJsonContext.Default.ResourceResponse, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, LocalConversations conversations)
    {
        if (conversations.Find(conversationId) is not { } conversation) return ConversationNotFound(conversationId);
        if (await ReadJsonAsync(request, LocalChannelJsonContext.Default.Activity) is not { } replacement) return BadActivity();

        var updated = conversation.Replace(activityId, ChannelActivities.FromBot(replacement, conversation, replyToId: null));
        return updated is null
            ? Error(StatusCodes.Status404NotFound, "ActivityNotFoundInConversation", $"No activity '{activityId}' in this conversation.")
            : Results.Json(new ResourceResponse { Id = updated.Id }, LocalChannelJsonContext.Default.ResourceResponse);
    }

    /// <summary>
    /// A new conversation started by the bot: a new thread in the team channel (id <c>channel;messageid=...</c>,
    /// as Teams answers) or a 1:1 chat with one member. Its first activity, if any, appears in the transcript.
    /// </summary>
    private static async Task<IResult> CreateConversationAsync(HttpRequest request, LocalConversations conversations)
    {
        if (await ReadJsonAsync(request, LocalChannelJsonContext.Default.ConversationParameters) is not { } parameters)
            return Error(StatusCodes.Status400BadRequest, "BadSyntax", "Incorrect conversation creation parameters");

        var inChannel = parameters.IsGroup == true || parameters.ChannelData?.Channel?.Id is not null;
        LocalConversation conversation;
        if (inChannel)
        {
            conversation = conversations.GetOrCreate(LocalConversationKind.Channel, userId: "");
        }
        else if (parameters.Members is [{ Id: { Length: > 0 } memberId }])
        {
            conversation = conversations.GetOrCreate(LocalConversationKind.Personal, memberId);
            conversation.Join(parameters.Members[0]);
        }
        else
        {
            return Error(StatusCodes.Status400BadRequest, "BadSyntax", "A 1:1 conversation needs exactly one member; a channel thread needs channelData.channel.");
        }

        var first = parameters.Activity is { } activity ? conversation.Append(ChannelActivities.FromBot(activity, conversation, replyToId: null)) : null;
        var id = inChannel && first is not null ? TeamsConversationId.ThreadOf(conversation.Id, first.Id!) : conversation.Id;
        return Results.Json(new ConversationResourceResponse { Id = id, ActivityId = first?.Id }, LocalChannelJsonContext.Default.ConversationResourceResponse, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The simulated members who joined this conversation, as one page of Teams' roster.</summary>
    private static IResult GetMembers(string conversationId, LocalConversations conversations)
    {
        if (conversations.Find(conversationId) is not { } conversation) return ConversationNotFound(conversationId);
        var members = conversation.Members.Select(m => new TeamsChannelAccount
        {
            Id = m.Id,
            Name = m.Name,
            TenantId = LocalTeam.TenantId,
            UserRole = "user",
        }).ToList();
        return Results.Json(new PagedMembersResult { Members = members }, LocalChannelJsonContext.Default.PagedMembersResult);
    }

    private static IResult ConversationNotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "ConversationNotFound", $"No local conversation '{conversationId}'.");

    private static IResult BadActivity() => Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
}
