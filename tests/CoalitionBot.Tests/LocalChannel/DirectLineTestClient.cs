using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.LocalChannel;

/// <summary>Makes the Direct Line calls Web Chat makes, against the bot's local channel, for one member.</summary>
public sealed class DirectLineTestClient(BotApp bot) : IDisposable
{
    private readonly HttpClient http = bot.CreateClient();

    public string ConversationId { get; private set; } = "";

    public string Watermark { get; private set; } = "";

    /// <summary>POST tokens/generate, then POST conversations (the start that makes the bot welcome).</summary>
    public async Task<HttpResponseMessage> StartAsync(string userId, string userName, string conversationType = "personal", string locale = "nl-NL")
    {
        var token = await http.PostAsJsonAsync("v3/directline/tokens/generate", new { user = new { id = userId, name = userName }, conversationType, locale });
        token.EnsureSuccessStatusCode();
        var answer = (await token.Content.ReadFromJsonAsync<JsonObject>())!;
        ConversationId = answer["conversationId"]!.GetValue<string>();
        UseToken(answer["token"]!.GetValue<string>());
        return await http.PostAsync("v3/directline/conversations", content: null);
    }

    public void UseToken(string token) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? conversationId = null) =>
        http.PostAsJsonAsync($"v3/directline/conversations/{conversationId ?? ConversationId}/activities", activity);

    /// <summary>Posts a message as Web Chat does (with a clientActivityID) and returns the id the channel gave it.</summary>
    public async Task<string> SendAsync(string text, JsonObject? value = null, JsonObject? channelData = null, JsonArray? entities = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "whoever-the-client-claims" },
            ["locale"] = "nl-NL",
            ["channelData"] = channelData ?? new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        if (text.Length > 0) activity["text"] = text;
        if (value is not null) activity["value"] = value;
        if (entities is not null) activity["entities"] = entities;
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>GET activities after the last watermark, as Web Chat polls; remembers the new watermark.</summary>
    public async Task<IReadOnlyList<JsonObject>> PollAsync()
    {
        var set = (await http.GetFromJsonAsync<JsonObject>($"v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}"))!;
        Watermark = set["watermark"]!.GetValue<string>();
        return [.. set["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    /// <summary>The whole transcript, as a client that just connected sees it.</summary>
    public async Task<IReadOnlyList<JsonObject>> TranscriptAsync()
    {
        var set = (await http.GetFromJsonAsync<JsonObject>($"v3/directline/conversations/{ConversationId}/activities?watermark="))!;
        return [.. set["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    public void Dispose() => http.Dispose();
}
