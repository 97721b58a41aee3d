using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.ThreeBs;

/// <summary>"3b [partner]": the 3 B's of a partner, for the coalition the member works in.</summary>
public sealed class ThreeBsCommand(ThreeBsDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "3b", English = "3b", OtherWords = ["3bs", "3 b's"],
        HelpLine = () => Strings.HelpLineThreeBs,
        ManifestDescription = () => Strings.ManifestThreeBs,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) => command.BeginAsync(dialog, cancellationToken);
}
