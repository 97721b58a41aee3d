using System.Globalization;
using CoalitionBot.BotFramework;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Introductions;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>Runs a typed command (or a command button on a card) for the user.</summary>
public sealed class CommandHandler(DialogRunner dialogs, CoalitionDialogStarter coalitionDialogs, PersonalDataService personalData, SignedLinks links)
{
    /// <summary>Dialog ids of the coalition methods, by the command that starts them (registered with the dialogs).</summary>
    public const string ThreeBsDialog = "three-bs", LeadershipDialog = "leadership", CheckInDialog = "check-in";

    public async Task RunAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case BotCommandKind.Help:
                await turn.SendTextAsync(Strings.Help, cancellationToken);
                break;
            case BotCommandKind.Cancel:
                await turn.SendTextAsync(DialogRunner.Cancel(session) ? Strings.Cancelled : Strings.NothingToCancel, cancellationToken);
                break;
            case BotCommandKind.Demo:
                var mode = command.WantsTextMode ? DialogMode.Text : DialogMode.Card;
                await dialogs.BeginAsync(turn, session, dialogs.Find(IntroductionDialog.DialogId)!, mode, options: null, cancellationToken);
                break;
            case BotCommandKind.ThreeBs when dialogs.Find(ThreeBsDialog) is not null:
                await coalitionDialogs.StartAsync(turn, session, ThreeBsDialog, command, cancellationToken);
                break;
            case BotCommandKind.Leadership when dialogs.Find(LeadershipDialog) is not null:
                await coalitionDialogs.StartAsync(turn, session, LeadershipDialog, command, cancellationToken);
                break;
            case BotCommandKind.CheckIn when dialogs.Find(CheckInDialog) is not null:
                await coalitionDialogs.StartAsync(turn, session, CheckInDialog, command, cancellationToken);
                break;
            case BotCommandKind.Partners:
                await ShowPartnersAsync(turn, session, command, cancellationToken);
                break;
            case BotCommandKind.Roles:
                await ShowRolesAsync(turn, session, command, cancellationToken);
                break;
            case BotCommandKind.MyData:
                await ShowMyDataAsync(turn, cancellationToken);
                break;
            case BotCommandKind.DeleteMyData:
                await dialogs.BeginAsync(turn, session, dialogs.Find(DeleteMyDataDialog.DialogId)!, command.WantsTextMode ? DialogMode.Text : DialogMode.Card, options: null, cancellationToken);
                break;
            case BotCommandKind.Language:
                await SwitchLanguageAsync(turn, session, command.Argument, cancellationToken);
                break;
            case BotCommandKind.Coalition:
                // Forget the choice, so the next coalition command asks again.
                session.State = session.State with { CurrentCoalition = null };
                if (await coalitionDialogs.ResolveOrAskAsync(turn, session, string.Empty, cancellationToken) is { } only)
                    await turn.SendTextAsync(string.Format(CultureInfo.CurrentCulture, Strings.ChooseCoalitionDone, only.Name ?? only.Id.TeamId), cancellationToken);
                break;
            default:
                // Never echo what was sent: it may be long, or script.
                await turn.SendTextAsync(Strings.Unknown, cancellationToken);
                break;
        }
    }

    private async Task ShowMyDataAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var person = new PersonRef(activity.ChannelId!, activity.GetTenantId() ?? "none", activity.From!.Id!);
        var export = await personalData.ExportAsync(person, cancellationToken);
        var link = await MyDataDownload.LinkAsync(turn, person, links, cancellationToken);
        await turn.SendCardAsync(MyDataCard.Build(export, link).ToJsonElement(), cancellationToken);
    }

    /// <summary>Everyone sees the partners and which roles are missing; leads and admins also get the form to correct one.</summary>
    private async Task ShowPartnersAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken)
    {
        if (await coalitionDialogs.ResolveOrAskAsync(turn, session, turn.Text, cancellationToken) is not { } coalition) return;
        var canEdit = coalition.IsLeadOrAdmin(turn.Activity.From!.Id!);
        await turn.SendCardAsync(PartnersOverview.Build(coalition, canEdit).ToJsonElement(), cancellationToken);
        if (canEdit && coalition.Partners.Count > 0) await coalitionDialogs.StartForAsync(turn, session, coalition, EditPartnerDialog.DialogId, command, cancellationToken);
    }

    /// <summary>Everyone sees who leads and administers; an admin also gets the form to change a role.</summary>
    private async Task ShowRolesAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken)
    {
        if (await coalitionDialogs.ResolveOrAskAsync(turn, session, turn.Text, cancellationToken) is not { } coalition) return;
        var isAdmin = coalition.IsAdmin(turn.Activity.From!.Id!);
        var overview = MessageCard.Build(Strings.RolesTitle, isAdmin ? Strings.RolesOverviewText : $"{Strings.RolesOverviewText} {Strings.RolesOnlyAdminsMayChange}",
            RolesOverview.Facts(coalition), CardLanguage.Current);
        await turn.SendCardAsync(overview.ToJsonElement(), cancellationToken);
        if (isAdmin) await coalitionDialogs.StartForAsync(turn, session, coalition, RolesDialog.DialogId, command, cancellationToken);
    }

    /// <summary>"taal en", "language nl", or just "taal" to switch to the other language; remembered for this chat.</summary>
    private static Task SwitchLanguageAsync(TurnContext turn, StateSession session, string argument, CancellationToken cancellationToken)
    {
        var target = argument.ToLowerInvariant() switch
        {
            "en" or "english" or "engels" => BotCultures.English,
            "nl" or "nederlands" or "dutch" => BotCultures.Dutch,
            _ => turn.Culture.TwoLetterISOLanguageName == "en" ? BotCultures.Dutch : BotCultures.English,
        };
        session.State = session.State with { Language = target.TwoLetterISOLanguageName };
        turn.Culture = target;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = target;
        return turn.SendTextAsync(Strings.LanguageSwitched, cancellationToken);
    }
}
