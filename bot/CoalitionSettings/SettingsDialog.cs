using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.CoalitionSettings;

/// <summary>
/// Lets an admin set the coalition's settings: the fewest respondents before figures are shown, how many months answers
/// are kept, and whether the check-in also asks about the common ground. Whether the person is still an admin is checked
/// again when the change is saved.
/// </summary>
public sealed class SettingsDialog(CoalitionStore coalitions) : CoalitionDialog
{
    public const string DialogId = "coalition-settings";
    public const int MinimumRespondentsFrom = 3, MinimumRespondentsTo = 50, RetentionMonthsFrom = 6, RetentionMonthsTo = 120;
    private const string MinimumKey = "minimumRespondents", RetentionKey = "retentionMonths", CommonGroundKey = "commonGround", Yes = "yes", No = "no";

    public override string Id => DialogId;
    public override string Title => Strings.SettingsTitle;
    public override string StartCommand => SettingsCommand.Route.Word;

    /// <summary>The current values travel with the dialog, so the questions can name them.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument) =>
        new Dictionary<string, string>(base.StartOptions(coalition, argument))
        {
            [MinimumKey] = coalition.MinimumRespondents.ToString(CultureInfo.InvariantCulture),
            [RetentionKey] = coalition.RetentionMonths.ToString(CultureInfo.InvariantCulture),
            [CommonGroundKey] = coalition.AsksCommonGround ? Yes : No,
        };

    /// <summary>The form opens with the current values filled in: an admin changes one and keeps the other.</summary>
    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) => new Dictionary<string, string>
    {
        [MinimumKey] = context.Options[MinimumKey],
        [RetentionKey] = context.Options[RetentionKey],
        [CommonGroundKey] = context.Options.GetValueOrDefault(CommonGroundKey, No),
    };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new NumberPrompt(MinimumKey, Texts.Format(Strings.SettingsMinimumQuestion, context.Options[MinimumKey]), MinimumRespondentsFrom, MinimumRespondentsTo),
        new NumberPrompt(RetentionKey, Texts.Format(Strings.SettingsRetentionQuestion, context.Options[RetentionKey]), RetentionMonthsFrom, RetentionMonthsTo),
        new ChoicePrompt(CommonGroundKey, Strings.SettingsCommonGroundQuestion, [new(Strings.SettingsYes, Yes), new(Strings.SettingsNo, No)]) { IsRequired = false },
    ];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var minimum = int.Parse(answers[MinimumKey], CultureInfo.InvariantCulture);
        var retention = int.Parse(answers[RetentionKey], CultureInfo.InvariantCulture);
        // Not answered (a form from before the question, or skipped): as it is.
        var commonGround = answers.GetValueOrDefault(CommonGroundKey) is { Length: > 0 } choice ? choice == Yes : (bool?)null;
        var allowed = false;
        var saved = await coalitions.UpdateAsync(CoalitionOf(context), () => throw new InvalidOperationException("The coalition is gone."), coalition =>
        {
            allowed = coalition.IsAdmin(actor);
            return allowed ? coalition with { MinimumRespondents = minimum, RetentionMonths = retention, AsksCommonGround = commonGround ?? coalition.AsksCommonGround } : coalition;
        }, cancellationToken);

        var text = allowed ? Strings.SettingsChanged : Strings.SettingsOnlyAdmins;
        return new DialogCompletion(text, MessageCard.Build(Strings.SettingsTitle, text, Facts(saved), CardLanguage.Current));
    }

    /// <summary>The coalition's settings as card facts.</summary>
    public static IReadOnlyList<Fact> Facts(Coalition coalition) =>
    [
        new Fact(Strings.SettingsMinimum, coalition.MinimumRespondents.ToString(CultureInfo.CurrentCulture)),
        new Fact(Strings.SettingsRetention, Texts.Format(Strings.SettingsMonths, coalition.RetentionMonths)),
        new Fact(Strings.SettingsCommonGround, coalition.AsksCommonGround ? Strings.SettingsYes : Strings.SettingsNo),
    ];

}
