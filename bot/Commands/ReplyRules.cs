using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;

namespace CoalitionBot.Commands;

/// <summary>
/// Where a reply may go, in one place (docs/privacy.md):
/// <list type="bullet">
/// <item>What is about one member (a form, its errors, answers, a personal result, their data, a download link) goes
/// only to their own 1:1 chat. <see cref="BotFramework.TurnContext"/> sends every reply there unless it is marked for the
/// conversation, and a command given in a channel or group chat runs in the 1:1 chat as a whole (its dialog lives there),
/// with a neutral pointer where it was asked (<see cref="CommandPlace.PersonalChat"/>).</item>
/// <item>Summaries, for the coalition's leads: a lead's 1:1 chat, or a channel of the coalition's own team
/// (<see cref="CommandPlace.PersonalChatOrTeamChannel"/>).</item>
/// <item>Help, a language switch, refusals and pointers: anyone in the conversation (<see cref="CommandPlace.WhereAsked"/>).</item>
/// </list>
/// </summary>
public static class ReplyRules
{
    /// <summary>Whether a command given in a shared conversation runs in the sender's 1:1 chat instead; text that is no command stays.</summary>
    public static bool RunsInPersonalChat(CommandRoute? route) => route?.Place == CommandPlace.PersonalChat;

    /// <summary>Whether the command may answer in the conversation of <paramref name="activity"/>.</summary>
    public static bool MayAnswerIn(CommandRoute route, Activity activity) => route.Place switch
    {
        CommandPlace.PersonalChatOrTeamChannel => MayShowSummariesIn(activity),
        _ => true,
    };

    /// <summary>
    /// Whether summaries may be shown in the conversation of <paramref name="activity"/>: a 1:1 chat, or a team's channel
    /// (where the coalition is that team's own, see <see cref="CoalitionResolver"/>).
    /// </summary>
    public static bool MayShowSummariesIn(Activity activity) =>
        activity.Conversation?.IsShared != true
        || (activity.Conversation.IsChannel && TeamRoster.CoalitionOf(activity) is not null);
}
