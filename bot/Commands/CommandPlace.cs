namespace CoalitionBot.Commands;

/// <summary>Where a command's answers may be read (<see cref="ReplyRules"/>).</summary>
public enum CommandPlace
{
    /// <summary>About the member alone: given in a channel or group chat, it runs whole in their 1:1 chat.</summary>
    PersonalChat,

    /// <summary>For the coalition's leads: a 1:1 chat or a channel of the coalition's own team; refused in a group chat.</summary>
    PersonalChatOrTeamChannel,

    /// <summary>Answered where it was asked: it says nothing about anyone (help, a language switch).</summary>
    WhereAsked,
}
