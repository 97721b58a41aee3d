using CoalitionBot.BotFramework;
using CoalitionBot.Resources;

namespace CoalitionBot.Commands;

/// <summary>"help": the registered commands' help lines, in the order their features were added.</summary>
public sealed class HelpCommand(IEnumerable<CommandRegistration> registrations) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "help", English = "help", OtherWords = ["hulp", "?"],
        Place = CommandPlace.WhereAsked, Users = CommandUsers.Anyone,
        // Help in the middle of a text dialog is help; the dialog keeps waiting and asks its question again.
        InterruptsDialogs = true,
        ManifestDescription = () => Strings.ManifestHelp,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) =>
        command.Turn.SendTextAsync(Text(), Audience.Conversation, cancellationToken);

    public string Text() => string.Join("\n\n",
        Strings.HelpIntro,
        string.Join('\n', registrations.Select(r => r.Route.HelpLine).OfType<Func<string>>().Select(line => line())),
        Strings.HelpOutro);
}
