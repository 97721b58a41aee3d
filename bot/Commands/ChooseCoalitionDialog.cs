using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Commands;

/// <summary>
/// Asks a member of several coalitions which one they work in now (1:1 chat), remembers it for this
/// chat, and lets the command that needed it run next.
/// </summary>
public sealed class ChooseCoalitionDialog : Dialog
{
    public const string DialogId = "choose-coalition";
    private const string ChoicesOption = "choices", TenantOption = "tenant", ThenOption = "then", CoalitionPrompt = "coalition";

    public override string Id => DialogId;
    public override string Title => Strings.ChooseCoalitionTitle;
    public override string StartCommand => ChooseCoalitionCommand.Route.Word;

    /// <summary>The member's coalitions (all in one tenant: the list is kept per tenant), offered by team id.</summary>
    public static IReadOnlyDictionary<string, string> StartOptions(IReadOnlyList<CoalitionMembership> choices, string thenCommand) => new Dictionary<string, string>
    {
        [ChoicesOption] = ChoiceOptions.Write(choices.Select(c => new Choice(c.Name ?? c.Id.TeamId, c.Id.TeamId))),
        [TenantOption] = choices[0].Id.TenantId,
        [ThenOption] = thenCommand,
    };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        [new ChoicePrompt(CoalitionPrompt, Strings.ChooseCoalitionQuestion, ChoiceOptions.Read(context.Options, ChoicesOption))];

    public override Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var teamId = answers[CoalitionPrompt];
        context.Session.State = context.Session.State with
        {
            CurrentCoalition = new CoalitionId(context.Options[TenantOption], teamId),
            PendingCommand = context.Options.GetValueOrDefault(ThenOption),
        };
        var name = ChoiceOptions.Read(context.Options, ChoicesOption).First(c => c.Value == teamId).Title;
        var text = Texts.Format(Strings.ChooseCoalitionDone, MemberText.Escape(name));
        return Task.FromResult(new DialogCompletion(text, MessageCard.Build(Strings.ChooseCoalitionTitle, text, null, CardLanguage.Current)));
    }
}
