using System.Globalization;
using CoalitionBot.BotFramework;
using CoalitionBot.Commands;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>
/// "herinnering [nieuw | wijzig N | pauze N | hervat N | verwijder N | rapport [N]]" (or the English words):
/// admins list, plan, change, pause, resume and delete reminders and read their delivery reports (the router
/// refuses anyone else). A reminder planned in a team channel posts there; from a 1:1 chat, in the
/// team's General channel.
/// </summary>
public sealed class ReminderCommand(ReminderDialog dialog, ReminderDeleteDialog deleteDialog, ReminderScheduleStore schedules, ReminderReports reports, TimeProvider time) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "herinnering", English = "reminder", OtherWords = ["herinneringen", "reminders"],
        Users = CommandUsers.Admins,
        Refusal = () => Strings.ReminderNotAllowed,
        HelpLine = () => Strings.HelpLineReminder,
        ManifestDescription = () => Strings.ManifestReminder,
    };

    private enum Action { List, New, Change, Pause, Resume, Delete, Report, Unknown }

    private static readonly Dictionary<string, Action> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lijst"] = Action.List, ["list"] = Action.List,
        ["nieuw"] = Action.New, ["new"] = Action.New,
        ["wijzig"] = Action.Change, ["change"] = Action.Change,
        ["pauze"] = Action.Pause, ["pauzeer"] = Action.Pause, ["pause"] = Action.Pause,
        ["hervat"] = Action.Resume, ["resume"] = Action.Resume,
        ["verwijder"] = Action.Delete, ["delete"] = Action.Delete,
        ["rapport"] = Action.Report, ["report"] = Action.Report,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var (turn, coalition) = (command.Turn, command.Coalition);
        var words = command.Command.Argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var action = words.Length == 0 ? Action.List : Words.GetValueOrDefault(words[0], Action.Unknown);
        int? number = words.Length > 1 && int.TryParse(words[1].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var needsNumber = action is Action.Change or Action.Pause or Action.Resume or Action.Delete;
        if (action == Action.Unknown || (needsNumber && number is null))
        {
            await turn.SendTextAsync(Strings.ReminderUsage, cancellationToken);
            return;
        }

        switch (action)
        {
            case Action.List:
                await turn.SendCardAsync(ReminderListCard.Build(await schedules.ListAsync(coalition.Id, cancellationToken), time.GetUtcNow()).ToJsonElement(), cancellationToken);
                break;
            case Action.New:
                await StartFormAsync(command, existing: null, cancellationToken);
                break;
            case Action.Change when await schedules.GetAsync(coalition.Id, number!.Value, cancellationToken) is { } existing:
                await StartFormAsync(command, existing, cancellationToken);
                break;
            case Action.Pause or Action.Resume:
                var now = time.GetUtcNow();
                var pause = action == Action.Pause;
                // Resuming owes nothing from the pause: the schedule starts again from now.
                var changed = await schedules.ChangeAsync(coalition.Id, number!.Value, s => s.Paused == pause ? s : s with { Paused = pause, ActiveSince = pause ? s.ActiveSince : now }, cancellationToken);
                await turn.SendTextAsync(changed is null ? Strings.ReminderUnknownNumber : Texts.Format(pause ? Strings.ReminderPaused : Strings.ReminderResumed, changed.Number), cancellationToken);
                break;
            case Action.Delete when await schedules.GetAsync(coalition.Id, number!.Value, cancellationToken) is { } doomed:
                await command.BeginAsync(deleteDialog, deleteDialog.StartOptions(coalition, doomed), cancellationToken);
                break;
            case Action.Report:
                await ReportAsync(turn, coalition, number, cancellationToken);
                break;
            default:
                await turn.SendTextAsync(Strings.ReminderUnknownNumber, cancellationToken);
                break;
        }
    }

    private Task StartFormAsync(CommandTurn command, ReminderSchedule? existing, CancellationToken cancellationToken)
    {
        // The channel the command came from (the form itself is in the admin's 1:1 chat), or the team's General channel (whose id is the team's).
        var asked = command.Turn.SharedOrigin ?? command.Turn.Activity;
        var channel = TeamRoster.CoalitionOf(asked) is not null && asked.Conversation is { IsChannel: true, Id: { } conversation }
            ? BotFramework.Schema.TeamsConversationId.ChannelOf(conversation)
            : command.Coalition.Id.TeamId;
        return command.BeginAsync(dialog, dialog.StartOptions(command.Coalition, channel, existing), cancellationToken);
    }

    /// <summary>The report of one reminder, or of each of the coalition's reminders.</summary>
    private async Task ReportAsync(TurnContext turn, Coalition coalition, int? number, CancellationToken cancellationToken)
    {
        var all = await schedules.ListAsync(coalition.Id, cancellationToken);
        var chosen = number is { } only ? all.Where(s => s.Number == only).ToList() : all;
        if (chosen.Count == 0)
        {
            await turn.SendTextAsync(number is null ? Strings.ReminderListEmpty : Strings.ReminderUnknownNumber, cancellationToken);
            return;
        }
        foreach (var schedule in chosen)
            await turn.SendCardAsync(ReminderReportCard.Build(schedule, await reports.LatestAsync(schedule, cancellationToken)).ToJsonElement(), cancellationToken);
    }
}
