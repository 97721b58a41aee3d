using CoalitionBot.BotFramework;
using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Languages;

/// <summary>"taal en", "language nl", or just "taal" to switch to the other language; remembered for this chat.</summary>
public sealed class LanguageCommand : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "taal", English = "language",
        Place = CommandPlace.WhereAsked, Users = CommandUsers.Anyone,
        HelpLine = () => Strings.HelpLineLanguage,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var turn = command.Turn;
        var target = command.Command.Argument.ToLowerInvariant() switch
        {
            "en" or "english" or "engels" => BotCultures.English,
            "nl" or "nederlands" or "dutch" => BotCultures.Dutch,
            _ => turn.Culture?.TwoLetterISOLanguageName == "en" ? BotCultures.Dutch : BotCultures.English,
        };
        command.Session.State = command.Session.State with { Language = target.TwoLetterISOLanguageName };
        // The turn's language was set when it started; this one message already speaks the new one.
        turn.Culture = target;
        return turn.SendTextAsync(Strings.ResourceManager.GetString(nameof(Strings.LanguageSwitched), target)!, Audience.Conversation, cancellationToken);
    }
}
