using CoalitionBot.Cards;
using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.PersonalData;

/// <summary>"mijn gegevens": what the bot keeps about the person, as a card with a download, in their 1:1 chat.</summary>
public sealed class MyDataCommand(PersonalDataService personalData, SignedLinks links) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "mijn gegevens", English = "my data",
        Users = CommandUsers.Anyone,
        HelpLine = () => Strings.HelpLineMyData,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var turn = command.Turn;
        var person = PersonRef.Of(turn.Activity);
        var export = await personalData.ExportAsync(person, cancellationToken);
        var link = await MyDataDownload.LinkAsync(turn, person, links, cancellationToken);
        await turn.SendCardAsync(MyDataCard.Build(export, link).ToJsonElement(), cancellationToken);
    }
}
