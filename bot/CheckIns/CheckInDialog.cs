using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.CheckIns;

/// <summary>
/// The periodic check-in: the five aspects rated 1-10 with an optional remark each, then the
/// bottleneck (knelpunt) and the next step. Saved in the coalition's current round.
/// </summary>
public sealed class CheckInDialog(CheckInStore rounds, TimeProvider time) : CoalitionDialog
{
    private const int RemarkMaxLength = 500;
    private const string RoundOption = "round", BottleneckKey = "bottleneck", NextStepKey = "nextStep";

    public const string DialogId = "check-in";

    public override string Id => DialogId;
    protected override bool HeadedByGoal => true;
    public override string Title => Strings.CheckInTitle;
    public override string Intro => Texts.Format(Strings.CheckInIntro, Summaries.ScoreSpread.SpreadFrom);
    public override string StartCommand => CheckInCommand.Route.Word;

    /// <summary>The round is fixed when the dialog starts, so an answer begun on the last day of a month counts for that month.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument) =>
        new Dictionary<string, string>(base.StartOptions(coalition, argument)) { [RoundOption] = rounds.CurrentRoundId() };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var prompts = new List<Prompt>();
        foreach (var aspect in Enum.GetValues<CheckInAspect>())
        {
            prompts.Add(new NumberPrompt(ScoreKey(aspect), CheckInTexts.ScoreQuestion(aspect), Min: 1, Max: 10));
            prompts.Add(new TextPrompt(RemarkKey(aspect), Texts.Format(Strings.CheckInRemarkQuestion, CheckInTexts.Name(aspect)), RemarkMaxLength) { IsRequired = false });
        }
        prompts.Add(new TextPrompt(BottleneckKey, Strings.CheckInBottleneckQuestion) { IsMultiline = true });
        prompts.Add(new TextPrompt(NextStepKey, Strings.CheckInNextStepQuestion) { IsMultiline = true });
        return prompts;
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var aspects = Enum.GetValues<CheckInAspect>();
        var answer = new CheckInAnswer
        {
            UserId = context.Turn.Activity.From!.Id!,
            Scores = aspects.ToDictionary(a => a, a => int.Parse(answers[ScoreKey(a)], CultureInfo.InvariantCulture)),
            Remarks = aspects.Where(a => answers.GetValueOrDefault(RemarkKey(a)) is { Length: > 0 }).ToDictionary(a => a, a => answers[RemarkKey(a)]),
            Bottleneck = answers[BottleneckKey],
            NextStep = answers[NextStepKey],
            AnsweredAt = time.GetUtcNow(),
        };
        var roundId = context.Options[RoundOption];
        await rounds.SaveAsync(CoalitionOf(context), roundId, answer, cancellationToken);

        var text = Texts.Format(Strings.CheckInSaved, roundId);
        // The member's own scores: the confirmation goes to their 1:1 chat only (ReplyRules).
        var facts = aspects.Select(a => new Fact(CheckInTexts.Name(a), answer.Scores[a].ToString(CultureInfo.CurrentCulture))).ToList();
        return new DialogCompletion(text, MessageCard.Build(Strings.CheckInTitle, text, facts, CardLanguage.Current));
    }

    private static string ScoreKey(CheckInAspect aspect) => "score" + aspect;
    private static string RemarkKey(CheckInAspect aspect) => "remark" + aspect;
}
