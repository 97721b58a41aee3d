using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of a channel, addressed by the activity's <c>serviceUrl</c>.
/// Authentication and retries are HTTP handlers on the injected <see cref="HttpClient"/>
/// (see <see cref="ConnectorServiceCollectionExtensions"/>).
/// </summary>
public sealed class ConnectorClient(HttpClient httpClient)
{
    /// <summary>POST v3/conversations/{conversationId}/activities</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(ConnectorOperation.Send, conversationId, HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId), activity, BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(ConnectorOperation.Reply, conversationId, HttpMethod.Post, ConnectorUris.Activity(serviceUrl, conversationId, activityId), activity, BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(ConnectorOperation.Update, conversationId, HttpMethod.Put, ConnectorUris.Activity(serviceUrl, conversationId, activityId), activity with { Id = activityId }, BotJsonContext.Default.Activity, BotJsonContext.Default.ResourceResponse, cancellationToken);

    /// <summary>POST v3/conversations: a new thread in a channel (with its first message) or a 1:1 chat.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(ConnectorOperation.CreateConversation, null, HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), parameters, BotJsonContext.Default.ConversationParameters, BotJsonContext.Default.ConversationResourceResponse, cancellationToken);

    /// <summary>
    /// The 1:1 chat between the bot and a person, created when there is none (Teams hands back the existing one).
    /// Teams wants the tenant both as tenantId and in channelData.
    /// </summary>
    /// <returns>The chat's conversation id.</returns>
    public async Task<string> CreatePersonalConversationAsync(string serviceUrl, ChannelAccount? bot, string userId, string? tenantId, CancellationToken cancellationToken)
    {
        var created = await CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = tenantId is null ? null : new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        }, cancellationToken);
        return created.Id is { Length: > 0 } id ? id : throw new ConnectorException(System.Net.HttpStatusCode.BadGateway, null, "The channel created a conversation without an id.") { Operation = ConnectorOperation.CreateConversation };
    }

    /// <summary>GET v3/conversations/{conversationId}/pagedmembers: one page of the roster (a team's id gives the team's roster).</summary>
    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ConnectorUris.PagedMembers(serviceUrl, conversationId, pageSize, continuationToken));
        return await SendAndReadAsync(ConnectorOperation.GetMembers, conversationId, request, BotJsonContext.Default.PagedMembersResult, cancellationToken);
    }

    /// <summary>Every member of a team or chat, following continuation tokens page by page.</summary>
    public async IAsyncEnumerable<TeamsChannelAccount> GetAllMembersAsync(string serviceUrl, string conversationId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await GetPagedMembersAsync(serviceUrl, conversationId, ConnectorUris.MaxPageSize, continuation, cancellationToken);
            foreach (var member in page.Members) yield return member;
            // A channel that hands back the same token (or an empty page with one) would keep us here forever.
            var next = string.IsNullOrEmpty(page.ContinuationToken) || page.Members.Count == 0 ? null : page.ContinuationToken;
            continuation = next == continuation ? null : next;
        }
        while (continuation is not null);
    }

    private async Task<TResponse> SendAsync<TBody, TResponse>(ConnectorOperation operation, string? conversationId, HttpMethod method, Uri uri, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : new()
    {
        // Buffered content, so a retry can send the same bytes again.
        using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, AsSent(bodyType))) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        return await SendAndReadAsync(operation, conversationId, request, responseType, cancellationToken);
    }

    // Written with the cards' own escaping (AdaptiveCardSerializer): a card goes out in exactly the bytes measured against
    // Teams' size limit, and Dutch letters are not inflated to \uXXXX. Nothing sent here ends up in HTML.
    private static readonly JsonSerializerOptions Wire = new(BotJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonTypeInfo<T> AsSent<T>(JsonTypeInfo<T> type) => (JsonTypeInfo<T>)Wire.GetTypeInfo(type.Type);

    /// <summary>Sends and reads the answer; a channel that refuses, cannot be reached or does not answer in time is a <see cref="ConnectorException"/>.</summary>
    private async Task<TResponse> SendAndReadAsync<TResponse>(ConnectorOperation operation, string? conversationId, HttpRequestMessage request, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : new()
    {
        HttpResponseMessage sent;
        try
        {
            sent = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // After the retries; an HttpClient timeout is a cancellation nobody asked for.
            throw ConnectorException.Unreachable(e.GetType().Name, e, operation, conversationId);
        }
        using var response = sent;
        if (!response.IsSuccessStatusCode) throw await ConnectorException.FromResponseAsync(operation, conversationId, response, cancellationToken);

        // Some channels answer 200/202 with no body; that is a success without an id.
        if (response.Content.Headers.ContentLength == 0) return new TResponse();
        try
        {
            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken) ?? new TResponse();
        }
        catch (JsonException)
        {
            return new TResponse();
        }
    }
}
