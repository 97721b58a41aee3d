using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.PersonalData;

/// <summary>"Delete my data": asks for confirmation, then erases everything kept about the person and says what was removed.</summary>
public sealed class DeleteMyDataDialog(PersonalDataService personalData) : Dialog
{
    public const string DialogId = "delete-my-data";
    private const string ConfirmKey = "confirm", Yes = "yes", No = "no";

    public override string Id => DialogId;
    public override string Title => Strings.DeleteMyDataTitle;
    public override string Intro => Strings.DeleteMyDataIntro;
    public override string StartCommand => DeleteMyDataCommand.Route.Word;

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        [new ChoicePrompt(ConfirmKey, Strings.DeleteMyDataQuestion, [new Choice(Strings.DeleteMyDataYes, Yes), new Choice(Strings.DeleteMyDataNo, No)])];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        string text;
        if (answers[ConfirmKey] != Yes)
        {
            text = Strings.DeleteMyDataKept;
        }
        else
        {
            var activity = context.Turn.Activity;
            var report = await personalData.EraseAsync(PersonRef.Of(activity), cancellationToken);
            text = Texts.Format(Strings.DeleteMyDataDone,
                Texts.Plural(report.Coalitions, Strings.DeleteMyDataCoalitionsOne, Strings.DeleteMyDataCoalitions),
                Texts.Plural(report.Answers, Strings.DeleteMyDataRecordsOne, Strings.DeleteMyDataRecords),
                Texts.Plural(report.Conversations, Strings.DeleteMyDataConversationsOne, Strings.DeleteMyDataConversations));
        }
        return new DialogCompletion(text, MessageCard.Build(Strings.DeleteMyDataTitle, text, null, CardLanguage.Current));
    }
}
