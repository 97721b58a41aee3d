using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.CoalitionSettings;

/// <summary>
/// Lets a lead or admin set the coalition's phase (starting, growing, established), which the leadership advice uses.
/// Whether the person is still a lead or admin is checked again when the change is saved.
/// </summary>
public sealed class PhaseDialog(CoalitionStore coalitions) : CoalitionDialog
{
    public const string DialogId = "coalition-phase";
    private const string PhaseKey = "phase";

    public override string Id => DialogId;
    public override string Title => Strings.PhaseTitle;
    public override string StartCommand => PhaseCommand.Route.Word;

    /// <summary>The current phase travels with the dialog, so the form shows it chosen.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, argument));
        if (coalition.Phase is { } phase) options[PhaseKey] = phase.ToString();
        return options;
    }

    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        context.Options.TryGetValue(PhaseKey, out var phase) ? new Dictionary<string, string> { [PhaseKey] = phase } : new Dictionary<string, string>();

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        [new ChoicePrompt(PhaseKey, Strings.PhaseQuestion, CoalitionPhaseTexts.Choices())];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var phase = Enum.Parse<CoalitionPhase>(answers[PhaseKey]);
        var allowed = false;
        var saved = await coalitions.UpdateAsync(CoalitionOf(context), () => throw new InvalidOperationException("The coalition is gone."), coalition =>
        {
            allowed = coalition.IsLeadOrAdmin(actor);
            return allowed ? coalition.WithPhase(phase) : coalition;
        }, cancellationToken);

        var text = allowed ? Strings.PhaseChanged : Strings.PhaseOnlyLeads;
        return new DialogCompletion(text, MessageCard.Build(Strings.PhaseTitle, text, Facts(saved), CardLanguage.Current));
    }

    /// <summary>The coalition's phase as a card fact.</summary>
    public static IReadOnlyList<Fact> Facts(Coalition coalition) =>
        [new Fact(Strings.LeadershipPhase, coalition.Phase is { } phase ? CoalitionPhaseTexts.Name(phase) : Strings.PhaseNotSet)];
}
