using CoalitionBot.Cards;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Commands;

/// <summary>"coalitie": forgets the coalition chosen in this chat, so the member chooses again (when they are in several).</summary>
public sealed class ChooseCoalitionCommand(CoalitionChoice coalitions) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "coalitie", English = "coalition",
        Users = CommandUsers.Anyone, // resolved below, after the earlier choice is forgotten
        HelpLine = () => Strings.HelpLineCoalition,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        command.Session.State = command.Session.State with { CurrentCoalition = null };
        if (await coalitions.ResolveOrAskAsync(command.Turn, command.Session, string.Empty, cancellationToken) is { } only)
            await command.Turn.SendTextAsync(Texts.Format(Strings.ChooseCoalitionDone, MemberText.Escape(only.Name ?? only.Id.TeamId)), cancellationToken);
    }
}
