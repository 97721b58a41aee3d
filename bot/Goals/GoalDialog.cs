using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Goals;

/// <summary>
/// Lets a lead or admin record the coalition's shared goal, which heads the methods' forms and the summaries ("houd dit
/// doel in het oog"). Whether the person is still a lead or admin is checked again when it is saved.
/// </summary>
public sealed class GoalDialog(CoalitionStore coalitions, TimeProvider time) : CoalitionDialog
{
    public const string DialogId = "coalition-goal";
    /// <summary>One or two sentences: it heads every form, where a long text would push the questions down.</summary>
    public const int MaxLength = 300;
    private const string GoalKey = "goal";

    public override string Id => DialogId;
    public override string Title => Strings.GoalTitle;
    public override string Intro => Strings.GoalIntro;
    public override string StartCommand => GoalCommand.Route.Word;

    /// <summary>The current goal travels with the dialog, so the form shows it to change.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, argument));
        if (coalition.Goal is { } goal) options[GoalKey] = goal.Text;
        return options;
    }

    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        context.Options.TryGetValue(GoalKey, out var goal) ? new Dictionary<string, string> { [GoalKey] = goal } : new Dictionary<string, string>();

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        [new TextPrompt(GoalKey, Strings.GoalQuestion, MaxLength) { IsMultiline = true }];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var text = answers[GoalKey].Trim();
        var allowed = false;
        await coalitions.UpdateAsync(CoalitionOf(context), () => throw new InvalidOperationException("The coalition is gone."), coalition =>
        {
            allowed = coalition.IsLeadOrAdmin(actor);
            return allowed ? coalition.WithGoal(text, time.GetUtcNow()) : coalition;
        }, cancellationToken);

        var said = allowed ? Strings.GoalSaved : Strings.GoalOnlyLeads;
        var card = MessageCard.Build(Strings.GoalTitle, allowed ? $"{said}\n\n{MemberText.Escape(text)}" : said, facts: null, CardLanguage.Current);
        return new DialogCompletion(allowed ? $"{said}\n\n{text}" : said, card);
    }
}
