using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>"leiderschap": the situations that show the member's leadership style and what the coalition needs now.</summary>
public sealed class LeadershipCommand(LeadershipDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "leiderschap", English = "leadership",
        HelpLine = () => Strings.HelpLineLeadership,
        ManifestDescription = () => Strings.ManifestLeadership,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) => command.BeginAsync(dialog, cancellationToken);
}
