using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of a channel, addressed by the activity's <c>serviceUrl</c>.
/// Authentication and retries are HTTP handlers on the injected <see cref="HttpClient"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient)
{
    /// <summary>POST v3/conversations/{conversationId}/activities</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>POST v3/conversations: a channel thread or a 1:1 chat.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>GET v3/conversations/{conversationId}/pagedmembers: one page of the roster.</summary>
    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    private HttpClient Http => httpClient;
}
