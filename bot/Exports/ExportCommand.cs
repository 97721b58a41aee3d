using CoalitionBot.Commands;
using CoalitionBot.Cards;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Exports;

/// <summary>
/// "exporteer"/"export": a lead or admin gets the download links, for them alone (so in their 1:1 chat, see ReplyRules).
/// </summary>
public sealed class ExportCommand(SignedLinks links) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "exporteer", English = "export",
        Users = CommandUsers.LeadsAndAdmins,
        Refusal = () => Strings.ExportNotAllowed,
        HelpLine = () => Strings.HelpLineExport,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var (turn, coalition) = (command.Turn, command.Coalition);
        if (await ExportDownload.LinksAsync(turn, coalition.Id, command.UserId, links, cancellationToken) is not { } urls)
        {
            await turn.SendTextAsync(Strings.ExportUnavailable, cancellationToken);
            return;
        }

        await turn.SendCardAsync(ExportCard.Build(coalition.Name ?? coalition.Id.TeamId, coalition.MinimumRespondents, urls.Csv, urls.Json).ToJsonElement(), cancellationToken);
    }
}
