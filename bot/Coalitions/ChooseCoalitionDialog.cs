using System.Text.Json;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Resources;

namespace CoalitionBot.Coalitions;

/// <summary>
/// Asks a member of several coalitions which one they work in now (1:1 chat), remembers it for this
/// chat, and lets the command that needed it run next.
/// </summary>
public sealed class ChooseCoalitionDialog : Dialog
{
    public const string DialogId = "choose-coalition";
    private const string ChoicesOption = "choices", ThenOption = "then", CoalitionPrompt = "coalition";

    public override string Id => DialogId;
    public override string Title => Strings.ChooseCoalitionTitle;
    public override string StartCommand => Strings.CommandCoalition;

    public static IReadOnlyDictionary<string, string> StartOptions(IReadOnlyList<CoalitionMembership> choices, string thenCommand) => new Dictionary<string, string>
    {
        [ChoicesOption] = JsonSerializer.Serialize(choices.ToList(), CoalitionJsonContext.Default.ListCoalitionMembership),
        [ThenOption] = thenCommand,
    };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new ChoicePrompt(CoalitionPrompt, Strings.ChooseCoalitionQuestion,
            [.. Choices(context).Select((c, i) => new Choice(c.Name ?? c.Id.TeamId, ValueOf(i)))]),
    ];

    public override Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var chosen = Choices(context)[int.Parse(answers[CoalitionPrompt][ValuePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)];
        context.Session.State = context.Session.State with
        {
            CurrentCoalition = chosen.Id,
            PendingCommand = context.Options.GetValueOrDefault(ThenOption),
        };
        var text = string.Format(System.Globalization.CultureInfo.CurrentCulture, Strings.ChooseCoalitionDone, chosen.Name ?? chosen.Id.TeamId);
        return Task.FromResult(new DialogCompletion(text, MessageCard.Build(Strings.ChooseCoalitionTitle, text, null, CardLanguage.Current)));
    }

    /// <summary>"c0", "c1": not plain numbers, which a typed answer would take as the option's position.</summary>
    private const string ValuePrefix = "c";

    private static string ValueOf(int index) => ValuePrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<CoalitionMembership> Choices(DialogContext context) =>
        JsonSerializer.Deserialize(context.Options[ChoicesOption], CoalitionJsonContext.Default.ListCoalitionMembership) ?? [];
}
