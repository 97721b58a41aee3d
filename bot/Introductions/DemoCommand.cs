using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Introductions;

/// <summary>"demo": a short introduction that shows how a form (or text mode) works, for anyone.</summary>
public sealed class DemoCommand(IntroductionDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "demo", English = "demo",
        Users = CommandUsers.Anyone,
        HelpLine = () => Strings.HelpLineDemo,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) => command.BeginAsync(dialog, options: null, cancellationToken);
}
