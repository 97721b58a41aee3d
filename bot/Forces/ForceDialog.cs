using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Forces;

/// <summary>
/// The force field of the coalition's goal ("negatieve en positieve krachten"): up to three forces that help the
/// coalition reach its goal and up to three that hold it back, each with its strength; at least one force in all.
/// Answering again replaces the member's earlier forces. A form shows every field; text asks the next force of a kind
/// only after the one before was named.
/// </summary>
public sealed class ForceDialog(ForceStore forces, CoalitionStore coalitions, TimeProvider time) : CoalitionDialog
{
    public const string DialogId = "forces";
    /// <summary>Three per direction: the forces that matter most, not an inventory.</summary>
    public const int MaxPerDirection = 3;
    /// <summary>A short phrase: it labels a bar in the diagram and a line in the summary.</summary>
    public const int MaxTextLength = 150;
    private const string Medium = "medium";

    public override string Id => DialogId;
    protected override bool HeadedByGoal => true;
    public override string Title => Strings.ForcesTitle;
    public override string Intro => Strings.ForcesIntro;
    public override string StartCommand => ForcesCommand.Route.Word;

    /// <summary>A form starts every strength at "middel"; only the strengths of named forces count.</summary>
    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        Slots().ToDictionary(s => StrengthKey(s.Direction, s.Number), _ => Medium);

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var cardMode = !context.IsTextMode;
        var prompts = new List<Prompt>();
        foreach (var direction in Enum.GetValues<ForceDirection>())
            for (var number = 1; number <= MaxPerDirection; number++)
            {
                // In text the next force of a kind is asked only after the one before was named.
                if (!cardMode && number > 1 && !Named(answers, direction, number - 1)) break;
                prompts.Add(new TextPrompt(TextKey(direction, number), Question(direction, number), MaxTextLength) { IsRequired = false });
                if (cardMode || Named(answers, direction, number))
                    prompts.Add(new ChoicePrompt(StrengthKey(direction, number), Strings.ForcesStrengthQuestion, ForceTexts.StrengthChoices())
                        { IsRequired = !cardMode, IsCompact = true });
            }
        return prompts;
    }

    /// <summary>At least one force; in a form, a named force needs its strength.</summary>
    public override IReadOnlyDictionary<string, string> ValidateTogether(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (direction, number) in Slots())
            if (Named(answers, direction, number) && answers.GetValueOrDefault(StrengthKey(direction, number)) is not { Length: > 0 })
                errors[StrengthKey(direction, number)] = Strings.ForcesStrengthRequired;
        if (!Slots().Any(s => Named(answers, s.Direction, s.Number))) errors[TextKey(ForceDirection.For, 1)] = Strings.ForcesNoneNamed;
        return errors;
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var coalitionId = CoalitionOf(context);
        var user = context.Turn.Activity.From!.Id!;
        var named = Slots().Where(s => Named(answers, s.Direction, s.Number))
            .Select(s => new NamedForce(s.Direction, answers[TextKey(s.Direction, s.Number)].Trim(), ForceTexts.StrengthOf(answers[StrengthKey(s.Direction, s.Number)])))
            .ToList();
        var minimum = (await coalitions.GetAsync(coalitionId, cancellationToken))?.MinimumRespondents ?? Coalition.DefaultMinimumRespondents;
        await forces.RecordAsync(coalitionId, new MemberForces(user, time.GetUtcNow(), named), minimum, cancellationToken);

        var said = Texts.Format(Strings.ForcesSaved, minimum);
        var facts = Enum.GetValues<ForceDirection>()
            .Select(d => (d, named.Where(f => f.Direction == d).ToList()))
            .Where(d => d.Item2.Count > 0)
            .Select(d => new Fact(ForceTexts.DirectionName(d.d), string.Join("\n\n", d.Item2.Select(ForceTexts.Own))))
            .ToList();
        var text = $"{said}\n\n{string.Join("\n\n", facts.Select(f => $"{f.Title}: {f.Value}"))}";
        return new DialogCompletion(text, MessageCard.Build(Strings.ForcesTitle, said, facts, CardLanguage.Current));
    }

    private static string Question(ForceDirection direction, int number) => number == 1
        ? Texts.Format(direction == ForceDirection.For ? Strings.ForcesForFirstQuestion : Strings.ForcesAgainstFirstQuestion, number)
        : Texts.Format(direction == ForceDirection.For ? Strings.ForcesForNextQuestion : Strings.ForcesAgainstNextQuestion, number);

    private static bool Named(IReadOnlyDictionary<string, string> answers, ForceDirection direction, int number) =>
        !string.IsNullOrWhiteSpace(answers.GetValueOrDefault(TextKey(direction, number)));

    private static IEnumerable<(ForceDirection Direction, int Number)> Slots() =>
        Enum.GetValues<ForceDirection>().SelectMany(d => Enumerable.Range(1, MaxPerDirection).Select(n => (d, n)));

    private static string TextKey(ForceDirection direction, int number) => $"{Prefix(direction)}{number.ToString(CultureInfo.InvariantCulture)}";

    private static string StrengthKey(ForceDirection direction, int number) => TextKey(direction, number) + "Strength";

    private static string Prefix(ForceDirection direction) => direction == ForceDirection.For ? "for" : "against";
}
