using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.ThreeBs;

/// <summary>
/// The 3 B's of a partner: choose one of the coalition's partners (or add one, with its network roles and levels),
/// then Bedoeling, Belang and Bijdrage, and the force field: invloed, betrokkenheid (1-5) and houding.
/// Answering again for the same partner replaces the member's description and keeps the old one as history.
/// </summary>
public sealed class ThreeBsDialog(CoalitionStore coalitions, ThreeBsStore descriptions, TimeProvider time) : CoalitionDialog
{
    public const string NewPartner = ThreeBsPartnerChoice.NewPartner;
    private const string IntentionKey = "intention", InterestKey = "interest", ContributionKey = "contribution";
    private const string InfluenceKey = "influence", InvolvementKey = "involvement", AttitudeKey = "attitude";
    private const string OwnKey = "own", ExpectationsKey = "expectations", AttitudeReasonKey = "attitudeReason";
    private const string Yes = "yes", No = "no";

    public const string DialogId = "three-bs";

    public override string Id => DialogId;
    protected override bool HeadedByGoal => true;
    public override string Title => Strings.ThreeBsTitle;
    public override string Intro => Strings.ThreeBsIntro;
    public override string StartCommand => ThreeBsCommand.Route.Word;

    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, argument));
        ThreeBsPartnerChoice.AddStartOptions(options, coalition, argument);
        return options;
    }

    /// <summary>Most describe another organisation, so the form starts at "no".</summary>
    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context)
    {
        var prefill = new Dictionary<string, string> { [OwnKey] = No };
        ThreeBsPartnerChoice.AddPrefill(prefill, context);
        return prefill;
    }

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var prompts = new List<Prompt>(ThreeBsPartnerChoice.Prompts(context, answers))
        {
            new ChoicePrompt(OwnKey, Strings.ThreeBsOwnQuestion, [new Choice(Strings.ThreeBsOwnNo, No), new Choice(Strings.ThreeBsOwnYes, Yes)]),
        };
        // The first of the three B's says which partner is being described, once that is known.
        var intention = ThreeBsPartnerChoice.Described(context, answers) is { } partner
            ? Texts.Format(Strings.ThreeBsAboutPartner, context.InQuestion(partner), Strings.ThreeBsIntentionQuestion)
            : Strings.ThreeBsIntentionQuestion;
        prompts.Add(new TextPrompt(IntentionKey, intention) { IsMultiline = true });
        prompts.Add(new TextPrompt(InterestKey, Strings.ThreeBsInterestQuestion) { IsMultiline = true });
        prompts.Add(new TextPrompt(ContributionKey, Strings.ThreeBsContributionQuestion) { IsMultiline = true });
        prompts.Add(new TextPrompt(ExpectationsKey, Strings.ThreeBsExpectationsQuestion) { IsMultiline = true });
        prompts.Add(new NumberPrompt(InfluenceKey, Strings.ThreeBsInfluenceQuestion, Min: 1, Max: 5));
        prompts.Add(new NumberPrompt(InvolvementKey, Strings.ThreeBsInvolvementQuestion, Min: 1, Max: 5));
        prompts.Add(new ChoicePrompt(AttitudeKey, Strings.ThreeBsAttitudeQuestion, AttitudeTexts.Choices()));
        prompts.Add(new TextPrompt(AttitudeReasonKey, Strings.ThreeBsAttitudeReasonQuestion) { IsMultiline = true, IsRequired = false });
        return prompts;
    }

    public override IReadOnlyDictionary<string, string> ValidateTogether(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var errors = new Dictionary<string, string>();
        ThreeBsPartnerChoice.Validate(errors, context, answers);
        return errors;
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var coalitionId = CoalitionOf(context);
        var user = context.Turn.Activity.From!;
        var partner = ThreeBsPartnerChoice.AddsPartner(context, answers)
            ? await AddPartnerAsync(coalitionId, ThreeBsPartnerChoice.NewPartnerFrom(context, answers, user.Id!, time.GetUtcNow()), cancellationToken)
            : ThreeBsPartnerChoice.Existing(context, answers);

        var description = new ThreeBsDescription
        {
            UserId = user.Id!,
            UserName = user.Name,
            Intention = answers[IntentionKey],
            Interest = answers[InterestKey],
            Contribution = answers[ContributionKey],
            Expectations = answers[ExpectationsKey],
            IsOwnOrganisation = answers[OwnKey] == Yes,
            AttitudeReason = answers.GetValueOrDefault(AttitudeReasonKey) is { Length: > 0 } reason ? reason : null,
            Influence = int.Parse(answers[InfluenceKey], CultureInfo.InvariantCulture),
            Involvement = int.Parse(answers[InvolvementKey], CultureInfo.InvariantCulture),
            Attitude = Enum.Parse<Attitude>(answers[AttitudeKey]),
            DescribedAt = time.GetUtcNow(),
        };
        await descriptions.SaveAsync(coalitionId, partner.Value, description, cancellationToken);

        var text = Texts.Format(description.IsOwnOrganisation ? Strings.ThreeBsSavedOwn : Strings.ThreeBsSaved, MemberText.Escape(partner.Title));
        return new DialogCompletion(text, Cards.Forms.MessageCard.Build(Strings.ThreeBsTitle, text,
        [
            // As typed, a very long answer cut short on the card (it is saved whole).
            new Fact(Strings.ThreeBsIntention, MemberText.EscapeWithin(description.Intention, MemberText.AnswerBytes)),
            new Fact(Strings.ThreeBsInterest, MemberText.EscapeWithin(description.Interest, MemberText.AnswerBytes)),
            new Fact(Strings.ThreeBsContribution, MemberText.EscapeWithin(description.Contribution, MemberText.AnswerBytes)),
            new Fact(Strings.ThreeBsExpectations, MemberText.EscapeWithin(answers[ExpectationsKey], MemberText.AnswerBytes)),
            new Fact(Strings.ThreeBsInfluence, $"{description.Influence}/5"),
            new Fact(Strings.ThreeBsInvolvement, $"{description.Involvement}/5"),
            new Fact(Strings.ThreeBsAttitude, AttitudeTexts.Name(description.Attitude)),
            .. description.AttitudeReason is { } why ? [new Fact(Strings.ThreeBsAttitudeReason, MemberText.EscapeWithin(why, MemberText.AnswerBytes))] : Array.Empty<Fact>(),
        ], CardLanguage.Current));
    }

    /// <summary>Adds the partner, unless someone added one by that name in the meantime: then that one is described.</summary>
    private async Task<Choice> AddPartnerAsync(CoalitionId coalitionId, Partner added, CancellationToken cancellationToken)
    {
        var saved = await coalitions.UpdateAsync(coalitionId, () => throw new InvalidOperationException("The coalition is gone."),
            c => c.PartnerNamed(added.Name) is not null ? c : c.WithPartner(added), cancellationToken);
        var partner = saved.PartnerNamed(added.Name)!;
        return new Choice(partner.Name, partner.Id);
    }
}
