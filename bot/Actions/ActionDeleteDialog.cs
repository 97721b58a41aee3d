using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Actions;

/// <summary>"acties verwijder N": asks first, naming the action; removes it only on yes, and only for a lead or admin still.</summary>
public sealed class ActionDeleteDialog(ActionStore actions, CoalitionStore coalitions) : CoalitionDialog
{
    public const string DialogId = "action-delete";
    private const string NumberOption = "number", TextOption = "text", ConfirmKey = "confirm", Yes = "yes", No = "no";

    public override string Id => DialogId;
    public override string Title => Strings.ActionDeleteTitle;
    public override string StartCommand => ActionsCommand.Route.Word;

    public IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, ActionItem action) =>
        new Dictionary<string, string>(StartOptions(coalition, string.Empty))
        {
            [NumberOption] = action.Number.ToString(CultureInfo.InvariantCulture),
            [TextOption] = action.Text,
        };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new ChoicePrompt(ConfirmKey, Texts.Format(Strings.ActionDeleteQuestion, context.Options[NumberOption], context.InQuestion(context.Options[TextOption])),
            [new Choice(Strings.ActionDeleteYes, Yes), new Choice(Strings.ActionDeleteNo, No)]),
    ];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var number = int.Parse(context.Options[NumberOption], CultureInfo.InvariantCulture);
        var coalition = await coalitions.GetAsync(CoalitionOf(context), cancellationToken);
        var text = answers[ConfirmKey] != Yes ? Texts.Format(Strings.ActionDeleteKept, number)
            : coalition?.IsLeadOrAdmin(context.Turn.Activity.From!.Id!) != true ? Strings.ActionOnlyLeads
            : await actions.ChangeExistingAsync(coalition.Id, all => all.Without(number), cancellationToken) ? Texts.Format(Strings.ActionDeleted, number)
            : Texts.Format(Strings.ActionUnknownNumber, number);
        return new DialogCompletion(text, MessageCard.Build(Strings.ActionDeleteTitle, text, null, CardLanguage.Current));
    }
}
