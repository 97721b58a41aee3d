using System.Globalization;
using CoalitionBot.Actions;
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
public sealed class CheckInDialog(CheckInStore rounds, ActionCheckInQuestions actionQuestions, TimeProvider time) : CoalitionDialog
{
    private const int RemarkMaxLength = 500;
    private const string RoundOption = "round", RoundNameOption = "roundName", CommonGroundOption = "commonGround", GradeKey = "grade", WentWellKey = "wentWell", BottleneckKey = "bottleneck", NextStepKey = "nextStep";

    public const string DialogId = "check-in";

    public override string Id => DialogId;
    protected override bool HeadedByGoal => true;
    public override string Title => Strings.CheckInTitle;
    public override string Intro => Texts.Format(Strings.CheckInIntro, Summaries.ScoreSpread.SpreadFrom);
    public override string StartCommand => CheckInCommand.Route.Word;

    /// <summary>
    /// The round is fixed when the dialog starts (the open round, or a month's round it opens on saving), so an answer
    /// begun just before a round closes is refused politely rather than counted in the next.
    /// </summary>
    public IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, CheckInRound round)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, string.Empty)) { [RoundOption] = round.RoundId };
        if (round.Name is { Length: > 0 } name) options[RoundNameOption] = name;
        if (coalition.AsksCommonGround) options[CommonGroundOption] = "1";
        return options;
    }

    /// <summary>Without a round looked up first: the month's round (<see cref="CheckInCommand"/> looks for the open one).</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument) => StartOptions(coalition, rounds.MonthRound());

    /// <summary>The coalition's goal, then the round the check-in is for.</summary>
    public override string? About(DialogContext context) =>
        string.Join("\n\n", new[] { base.About(context), Texts.Format(Strings.CheckInRoundAbout, MemberText.Escape(RoundName(context))) }.OfType<string>());

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var prompts = new List<Prompt>(ActionCheckInQuestions.Prompts(context));
        foreach (var aspect in AspectsAsked(context))
        {
            var question = aspect == CheckInAspect.Ambition && HasGoal(context) ? Strings.CheckInAmbitionQuestionWithGoal : CheckInTexts.ScoreQuestion(aspect);
            prompts.Add(new NumberPrompt(ScoreKey(aspect), question, Min: 1, Max: 10));
            prompts.Add(new TextPrompt(RemarkKey(aspect), Texts.Format(Strings.CheckInRemarkQuestion, CheckInTexts.Name(aspect)), RemarkMaxLength) { IsRequired = false, ToggleTitle = Strings.CheckInRemarkToggle });
        }
        prompts.Add(new NumberPrompt(GradeKey, Strings.CheckInGradeQuestion, Min: 1, Max: 10));
        prompts.Add(new TextPrompt(WentWellKey, Strings.CheckInWentWellQuestion, RemarkMaxLength) { IsRequired = false, IsMultiline = true });
        prompts.Add(new TextPrompt(BottleneckKey, Strings.CheckInBottleneckQuestion) { IsMultiline = true });
        prompts.Add(new TextPrompt(NextStepKey, Strings.CheckInNextStepQuestion) { IsMultiline = true });
        return prompts;
    }

    /// <summary>The five aspects, and the common ground's three where the coalition asks them (as it did when the check-in started).</summary>
    private static IReadOnlyList<CheckInAspect> AspectsAsked(DialogContext context) => CheckInAspects.Asked(context.Options.ContainsKey(CommonGroundOption));

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var aspects = AspectsAsked(context);
        var answer = new CheckInAnswer
        {
            UserId = context.Turn.Activity.From!.Id!,
            Scores = aspects.ToDictionary(a => a, a => int.Parse(answers[ScoreKey(a)], CultureInfo.InvariantCulture)),
            Remarks = aspects.Where(a => answers.GetValueOrDefault(RemarkKey(a)) is { Length: > 0 }).ToDictionary(a => a, a => answers[RemarkKey(a)]),
            Grade = int.Parse(answers[GradeKey], CultureInfo.InvariantCulture),
            WentWell = answers.GetValueOrDefault(WentWellKey) is { Length: > 0 } wentWell ? wentWell : null,
            Bottleneck = answers[BottleneckKey],
            NextStep = answers[NextStepKey],
            AnsweredAt = time.GetUtcNow(),
        };
        var roundName = MemberText.Escape(RoundName(context));
        try
        {
            await rounds.SaveAsync(CoalitionOf(context), RoundOf(context), answer, cancellationToken);
        }
        catch (CheckInRoundClosedException)
        {
            var closed = Texts.Format(Strings.CheckInRoundClosedMeanwhile, roundName);
            return new DialogCompletion(closed, MessageCard.Build(Strings.CheckInTitle, closed, facts: null, CardLanguage.Current));
        }

        var actionsDone = await actionQuestions.SaveAsync(CoalitionOf(context), answer.UserId, context.Options, answers, cancellationToken);
        var text = ActionCheckInQuestions.WithDone(Texts.Format(Strings.CheckInSaved, roundName), actionsDone);
        // The member's own scores: the confirmation goes to their 1:1 chat only (ReplyRules).
        var facts = aspects.Select(a => new Fact(CheckInTexts.Name(a), answer.Scores[a].ToString(CultureInfo.CurrentCulture))).ToList();
        return new DialogCompletion(text, MessageCard.Build(Strings.CheckInTitle, text, facts, CardLanguage.Current));
    }

    /// <summary>The round the dialog was started for; as a month's round opens it when it is not stored yet.</summary>
    private static CheckInRound RoundOf(DialogContext context)
    {
        var roundId = context.Options[RoundOption];
        var opened = CheckInRoundIds.OpeningOf(roundId);
        return new CheckInRound { RoundId = roundId, Name = context.Options.GetValueOrDefault(RoundNameOption), OpenedAt = opened, ClosesAt = CheckInRoundIds.EndOfMonth(opened) };
    }

    private static string RoundName(DialogContext context) =>
        CheckInRoundNames.Of(context.Options.GetValueOrDefault(RoundNameOption), CheckInRoundIds.OpeningOf(context.Options[RoundOption]));

    private static string ScoreKey(CheckInAspect aspect) => "score" + aspect;
    private static string RemarkKey(CheckInAspect aspect) => "remark" + aspect;
}
