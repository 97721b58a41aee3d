using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Introductions;

/// <summary>The demo dialog: three questions (text, choice, number) that show every kind of prompt, saved per member.</summary>
public sealed class IntroductionDialog(IntroductionStore introductions, TimeProvider time) : Dialog
{
    public const string DialogId = "introduction";
    private const string Organisation = "organisation", Role = "role", Hours = "hours";

    public override string Id => DialogId;
    public override string Title => Strings.DemoTitle;
    public override string Intro => Strings.DemoIntro;
    public override string StartCommand => DemoCommand.Route.Word;

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new TextPrompt(Organisation, Strings.DemoOrganisation, MaxLength: 200),
        new ChoicePrompt(Role, Strings.DemoRole,
        [
            new Choice(Strings.RoleDecider, "beslisser"),
            new Choice(Strings.RoleExecutor, "uitvoerder"),
            new Choice(Strings.RoleFunder, "financier"),
            new Choice(Strings.RoleUser, "gebruiker"),
        ]),
        new NumberPrompt(Hours, Strings.DemoHours, Min: 0, Max: 160),
    ];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var activity = context.Turn.Activity;
        var introduction = new Introduction(answers[Organisation], answers[Role], int.Parse(answers[Hours], System.Globalization.CultureInfo.InvariantCulture), time.GetUtcNow());
        await introductions.SaveAsync(PersonRef.Of(activity), introduction, cancellationToken);

        var roleTitle = ((ChoicePrompt)Prompts(context, answers)[1]).Choices.First(c => c.Value == introduction.Role).Title;
        var card = MessageCard.Build(Strings.DemoTitle, Strings.DemoSaved,
            [new Fact(Strings.DemoOrganisation, MemberText.Escape(introduction.Organisation)), new Fact(Strings.DemoRole, roleTitle), new Fact(Strings.DemoHours, answers[Hours])],
            CardLanguage.Current);
        return new DialogCompletion(Strings.DemoSaved, card);
    }
}
