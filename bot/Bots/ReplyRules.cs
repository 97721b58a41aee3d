using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;

namespace CoalitionBot.Bots;

/// <summary>
/// Where a reply may go, in one place (docs/privacy.md):
/// <list type="bullet">
/// <item>What is about one member (a form, its errors, answers, a personal result, their data, a download link) goes
/// only to their own 1:1 chat. <see cref="BotFramework.TurnContext"/> sends every reply there unless it is marked for the
/// conversation, and a command given in a channel or group chat runs in the 1:1 chat as a whole (its dialog lives there),
/// with a neutral pointer where it was asked.</item>
/// <item>Summaries, for the coalition's leads: a lead's 1:1 chat, or a channel of the coalition's own team.</item>
/// <item>Help, a language switch, refusals and pointers: anyone in the conversation.</item>
/// </list>
/// </summary>
public static class ReplyRules
{
    /// <summary>Commands answered where they were given, also in a shared conversation; every other one runs in the 1:1 chat.</summary>
    public static bool RunsWhereAsked(BotCommandKind kind) => kind is BotCommandKind.Help or BotCommandKind.Summary or BotCommandKind.Language or BotCommandKind.None;

    /// <summary>
    /// Whether summaries may be shown in the conversation of <paramref name="activity"/>: a 1:1 chat, or a team's channel
    /// (where the coalition is that team's own, see <see cref="CoalitionResolver"/>).
    /// </summary>
    public static bool MayShowSummariesIn(Activity activity) =>
        activity.Conversation?.IsShared != true
        || (activity.Conversation.IsChannel && TeamRoster.CoalitionOf(activity) is not null);
}
