using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Leadership;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>
/// Situational leadership for one coalition: the member picks what they would do in each situation
/// (their own style), then rates how able and committed the partners are for the current task (the
/// style the coalition needs). The result puts the two side by side and is kept for the coalition's summary.
/// </summary>
public sealed class LeadershipDialog(LeadershipStore results, TimeProvider time) : CoalitionDialog
{
    public const string DialogId = "leadership";

    public override string Id => DialogId;
    protected override bool HeadedByGoal => true;
    public override string Title => Strings.LeadershipTitle;
    public override string Intro =>
        Texts.Format(Strings.LeadershipIntro, LeadershipSituations.All.Count, DevelopmentQuestions.All.Count);
    public override string StartCommand => LeadershipCommand.Route.Word;

    private const string PhaseOption = "phase";

    /// <summary>The coalition's phase travels with the dialog, so the advice can use it.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, argument));
        if (coalition.Phase is { } phase) options[PhaseOption] = phase.ToString();
        return options;
    }

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        // The run's form id fixes the option order, so the form, a re-prompt and text mode agree.
        var seed = context.Session.State.Dialog?.FormId ?? string.Empty;
        return
        [
            .. LeadershipSituations.All.Select(situation => SituationPrompt(situation, seed)),
            .. DevelopmentQuestions.All.Select(question => new NumberPrompt(question.Id,
                Texts.Format(Strings.LeadershipScale, question.Statement()),
                DevelopmentQuestions.Lowest, DevelopmentQuestions.Highest)),
        ];
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var result = LeadershipResult.Score(
            LeadershipSituations.All.ToDictionary(s => s.Id, s => Enum.Parse<LeadershipStyle>(answers[s.Id])),
            Ratings(answers, DevelopmentAxis.Ability),
            Ratings(answers, DevelopmentAxis.Commitment),
            time.GetUtcNow());
        var member = context.Turn.Activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender.");
        await results.RecordAsync(CoalitionOf(context), member, result, cancellationToken);

        var phase = context.Options.TryGetValue(PhaseOption, out var stored) && Enum.TryParse<CoalitionPhase>(stored, out var known) ? known : (CoalitionPhase?)null;
        var content = LeadershipResultView.Content(result, phase);
        return new DialogCompletion(LeadershipResultView.Text(content), LeadershipResultCard.Build(content));
    }

    /// <summary>The option values are the style names, so the order shown does not matter to the answer.</summary>
    private static ChoicePrompt SituationPrompt(LeadershipSituation situation, string seed) =>
        new(situation.Id, situation.Text(),
            [.. OptionOrder.For(seed, situation.Id).Select(style => new Choice(situation.Option(style), style.ToString()))]);

    private static Dictionary<string, int> Ratings(IReadOnlyDictionary<string, string> answers, DevelopmentAxis axis) =>
        DevelopmentQuestions.All.Where(q => q.Axis == axis)
            .ToDictionary(q => q.Id, q => int.Parse(answers[q.Id], CultureInfo.InvariantCulture));
}
