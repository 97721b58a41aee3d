using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Leadership;

/// <summary>
/// A coalition member talking to the bot, in their 1:1 chat or in the team's channel (recorded Teams
/// payloads), as any user id; and the coalition's team those fixtures belong to.
/// </summary>
internal sealed class LeadershipChat(BotApp bot, LoopbackChannel channel, string userId, string locale = "nl-NL", bool inChannel = false)
{
    public const string TenantId = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
    public const string TeamId = "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2";
    public const string MemberId = "29:1Ab-member-user-id", LeadId = "29:1Xy-lead-user-id";
    public const string CardMessageId = "card-1";
    public static readonly CoalitionId Coalition = new(TenantId, TeamId);

    private readonly DialogConversation conversation = new(bot, channel, locale, inChannel ? "message-channel-mention.json" : "message-personal.json");

    public string UserId => userId;

    public async Task<IReadOnlyList<ConnectorCall>> SayAsync(string text, int expectedCalls = 1) =>
        await conversation.SendAsync(Message(a => a["text"] = text), expectedCalls);

    public async Task<IReadOnlyList<ConnectorCall>> SubmitAsync(JsonObject value, int expectedCalls = 1) =>
        await conversation.SendAsync(Submission(value), expectedCalls);

    /// <summary>Action.Submit as Teams sends it: a message with the card's data and inputs as value, replying to the card.</summary>
    public JsonObject Submission(JsonObject value) => Message(a =>
    {
        a.Remove("text");
        a["value"] = value;
        a["replyToId"] = CardMessageId;
    });

    /// <summary>Asks for the coalition in the team's channel, which makes the user a member of the team's coalition.</summary>
    public async Task JoinTheTeamAsync()
    {
        var inTeam = new DialogConversation(bot, channel, locale, "message-channel-mention.json");
        await inTeam.SendAsync(inTeam.Message(a => { a["from"]!["id"] = userId; a["text"] = "<at>CoalitionBot</at> coalitie"; }), expectedCalls: 1);
    }

    public async Task<MemberLeadership?> StoredAsync() =>
        (await bot.Services.GetRequiredService<LeadershipStore>().GetAsync(Coalition, CancellationToken.None))?.Member(userId);

    private JsonObject Message(Action<JsonObject> shape) => conversation.Message(activity =>
    {
        activity["from"]!["id"] = userId;
        shape(activity);
    });
}
