using CoalitionBot.Cards;
using CoalitionBot.Commands;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.CheckIns;

/// <summary>
/// "ronde": leads and admins open a check-in round named after a meeting (closing the open one), close it, rename it,
/// or see how far it is. Members' check-ins go into the open round until it closes.
/// </summary>
public sealed class RoundCommand(CheckInStore rounds, TimeProvider time) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "ronde", English = "round",
        Users = CommandUsers.LeadsAndAdmins,
        Refusal = () => Strings.RoundNotAllowed,
        HelpLine = () => Strings.HelpLineRound,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var coalition = command.Coalition.Id;
        var request = RoundRequest.Parse(command.Command.Argument);
        var text = request switch
        {
            { Action: RoundAction.Show } => await StatusAsync(coalition, cancellationToken),
            { Action: RoundAction.Open or RoundAction.Rename, Name.Length: 0 or > RoundRequest.MaxNameLength } => Strings.RoundUsage,
            { Action: RoundAction.Open } => await OpenAsync(coalition, request, cancellationToken),
            { Action: RoundAction.Close } => await rounds.CloseAsync(coalition, cancellationToken) is { } closed ? Closed(closed) : Strings.RoundNoneOpen,
            { Action: RoundAction.Rename } => await rounds.RenameAsync(coalition, request.Name, cancellationToken) is { } renamed
                ? Texts.Format(Strings.RoundRenamed, Name(renamed)) : Strings.RoundNoneOpen,
            _ => Strings.RoundUsage,
        };
        await command.Turn.SendTextAsync(text, cancellationToken);
    }

    private async Task<string> OpenAsync(Coalitions.CoalitionId coalition, RoundRequest request, CancellationToken cancellationToken)
    {
        var closes = request.ClosesLocal is { } local ? new DateTimeOffset(local, CheckInRoundIds.DutchTime.GetUtcOffset(local)) : (DateTimeOffset?)null;
        if (closes <= time.GetUtcNow()) return Strings.RoundClosesInThePast;
        var (opened, closed) = await rounds.OpenAsync(coalition, request.Name, closes, cancellationToken);
        var text = closes is { } end ? Texts.Format(Strings.RoundOpenedUntil, Name(opened), CheckInRoundNames.Moment(end)) : Texts.Format(Strings.RoundOpened, Name(opened));
        return closed is null ? text : $"{Closed(closed)}\n\n{text}";
    }

    private async Task<string> StatusAsync(Coalitions.CoalitionId coalition, CancellationToken cancellationToken)
    {
        if (await rounds.OpenRoundAsync(coalition, cancellationToken) is not { } open) return Strings.RoundNoneOpen;
        var answers = Texts.Format(open.Answers.Count == 1 ? Strings.RoundAnswersOne : Strings.RoundAnswersMany, open.Answers.Count);
        return open.End is { } end
            ? Texts.Format(Strings.RoundStatusUntil, Name(open), CheckInRoundNames.Moment(open.Opened), CheckInRoundNames.Moment(end), answers)
            : Texts.Format(Strings.RoundStatus, Name(open), CheckInRoundNames.Moment(open.Opened), answers);
    }

    private static string Closed(CheckInRound round) =>
        Texts.Format(round.Answers.Count == 1 ? Strings.RoundClosedOne : Strings.RoundClosedMany, Name(round), round.Answers.Count);

    /// <summary>The name as the lead typed it: shown as text, never as markdown.</summary>
    private static string Name(CheckInRound round) => MemberText.Escape(CheckInRoundNames.Of(round));
}
