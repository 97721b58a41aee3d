using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Forces;

/// <summary>"krachten": the forces for and against the coalition's goal, as the member sees them.</summary>
public sealed class ForcesCommand(ForceDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "krachten", English = "forces", OtherWords = ["krachtenveld", "kracht", "force"],
        HelpLine = () => Strings.HelpLineForces,
        ManifestDescription = () => Strings.ManifestForces,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) => command.BeginAsync(dialog, cancellationToken);
}
