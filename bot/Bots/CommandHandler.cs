using System.Globalization;
using CoalitionBot.BotFramework;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Exports;
using CoalitionBot.Introductions;
using CoalitionBot.PersonalData;
using CoalitionBot.Reminders;
using CoalitionBot.Resources;
using CoalitionBot.Summaries;

namespace CoalitionBot.Bots;

/// <summary>Runs a typed command (or a command button on a card) for the user.</summary>
public sealed class CommandHandler(DialogRunner dialogs, CoalitionDialogStarter coalitionDialogs, PersonalDataService personalData, SignedLinks links, SummaryCommand summaries, ReminderCommand reminders, ExportCommand exports)
{
    /// <summary>Dialog ids of the coalition methods, by the command that starts them (registered with the dialogs).</summary>
    public const string ThreeBsDialog = "three-bs", LeadershipDialog = "leadership", CheckInDialog = "check-in";

    public async Task RunAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken)
    {
        turn.CommandName = command.Kind.ToString(); // for the turn's log line
        switch (command.Kind)
        {
            case BotCommandKind.Help:
                await turn.SendTextAsync(Strings.Help, Audience.Conversation, cancellationToken);
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
            case BotCommandKind.Summary:
                await summaries.RunAsync(turn, session, command, cancellationToken);
                break;
            case BotCommandKind.Export:
                await exports.RunAsync(turn, session, cancellationToken);
                break;
            case BotCommandKind.Settings:
                await ShowSettingsAsync(turn, session, command, cancellationToken);
                break;
            case BotCommandKind.Reminder:
                await reminders.RunAsync(turn, session, command, cancellationToken);
                break;
            case BotCommandKind.Language:
                await SwitchLanguageAsync(turn, session, command.Argument, cancellationToken);
                break;
            case BotCommandKind.Coalition:
                // Forget the choice, so the next coalition command asks again.
                session.State = session.State with { CurrentCoalition = null };
                if (await coalitionDialogs.ResolveOrAskAsync(turn, session, string.Empty, cancellationToken) is { } only)
                    await turn.SendTextAsync(string.Format(CultureInfo.CurrentCulture, Strings.ChooseCoalitionDone, MemberText.Escape(only.Name ?? only.Id.TeamId)), cancellationToken);
                break;
            default:
                // Never echo what was sent: it may be long, or script.
                await turn.SendTextAsync(Strings.Unknown, Audience.Conversation, cancellationToken);
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
    private Task ShowRolesAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken) =>
        ShowForAdminsToChangeAsync(turn, session, command, (Strings.RolesTitle, Strings.RolesOverviewText, Strings.RolesOnlyAdminsMayChange), RolesOverview.Facts, RolesDialog.DialogId, cancellationToken);

    /// <summary>Everyone sees the coalition's settings; an admin also gets the form to change them.</summary>
    private Task ShowSettingsAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken) =>
        ShowForAdminsToChangeAsync(turn, session, command, (Strings.SettingsTitle, Strings.SettingsOverviewText, Strings.SettingsOnlyAdminsMayChange), SettingsDialog.Facts, SettingsDialog.DialogId, cancellationToken);

    /// <summary>A card of the coalition's current state for everyone, then the form that changes it for an admin (who is checked again on saving).</summary>
    private async Task ShowForAdminsToChangeAsync(TurnContext turn, StateSession session, BotCommand command, (string Title, string Text, string OnlyAdmins) texts,
        Func<Coalition, IReadOnlyList<Fact>> facts, string dialogId, CancellationToken cancellationToken)
    {
        if (await coalitionDialogs.ResolveOrAskAsync(turn, session, turn.Text, cancellationToken) is not { } coalition) return;
        var isAdmin = coalition.IsAdmin(turn.Activity.From!.Id!);
        var overview = MessageCard.Build(texts.Title, isAdmin ? texts.Text : $"{texts.Text} {texts.OnlyAdmins}", facts(coalition), CardLanguage.Current);
        await turn.SendCardAsync(overview.ToJsonElement(), cancellationToken);
        if (isAdmin) await coalitionDialogs.StartForAsync(turn, session, coalition, dialogId, command, cancellationToken);
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
        return turn.SendTextAsync(Strings.LanguageSwitched, Audience.Conversation, cancellationToken);
    }
}
