using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>"herinnering verwijder N": asks first, naming what the reminder does; deletes only on yes, and only for an admin still.</summary>
public sealed class ReminderDeleteDialog(ReminderScheduleStore schedules, CoalitionStore coalitions) : CoalitionDialog
{
    public const string DialogId = "reminder-delete";
    private const string NumberOption = "number", DescriptionOption = "description", ConfirmKey = "confirm", Yes = "yes", No = "no";

    public override string Id => DialogId;
    public override string Title => Strings.ReminderDeleteTitle;
    public override string StartCommand => ReminderCommand.Route.Word;

    public IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, ReminderSchedule schedule) =>
        new Dictionary<string, string>(StartOptions(coalition, string.Empty))
        {
            [NumberOption] = schedule.Number.ToString(CultureInfo.InvariantCulture),
            [DescriptionOption] = ReminderDescription.Of(schedule),
        };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new ChoicePrompt(ConfirmKey, Texts.Format(Strings.ReminderDeleteQuestion, context.Options[NumberOption], context.Options[DescriptionOption]),
            [new Choice(Strings.ReminderDeleteYes, Yes), new Choice(Strings.ReminderDeleteNo, No)]),
    ];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var number = int.Parse(context.Options[NumberOption], CultureInfo.InvariantCulture);
        var coalition = await coalitions.GetAsync(CoalitionOf(context), cancellationToken);
        var text = answers[ConfirmKey] != Yes ? Texts.Format(Strings.ReminderDeleteKept, number)
            : coalition?.IsAdmin(context.Turn.Activity.From!.Id!) != true ? Strings.ReminderNotAllowed
            : await schedules.DeleteAsync(coalition.Id, number, cancellationToken) ? Texts.Format(Strings.ReminderDeleted, number)
            : Strings.ReminderUnknownNumber;
        return new DialogCompletion(text, MessageCard.Build(Strings.ReminderDeleteTitle, text, null, CardLanguage.Current));
    }
}
