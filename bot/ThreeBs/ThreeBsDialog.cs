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
    public const string NewPartner = "new";
    private const int NameMaxLength = 100;
    private const string PartnersOption = "partners", PreselectedOption = "partner", NewNameOption = "newPartnerName";
    private const string PartnerKey = "partner", PartnerNameKey = "partnerName", PartnerRoleKey = "partnerRole", PartnerLevelKey = "partnerLevel";
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

    /// <summary>The partners as they are now, and the one named after the command ("3b GGD"), if any.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, argument))
        {
            [PartnersOption] = ChoiceOptions.Write(coalition.Partners.Select(p => new Choice(p.Name, p.Id))),
        };
        if (argument.Length > 0 && coalition.PartnerNamed(argument) is { } named) options[PreselectedOption] = named.Id;
        // "3b GGD" for a partner the coalition does not have yet: the new partner's name is filled in.
        else if (argument.Trim() is { Length: > 0 } name) options[NewNameOption] = name[..Math.Min(name.Length, NameMaxLength)];
        return options;
    }

    /// <summary>Most describe another organisation, so the form starts at "no"; a new partner typed after "3b" is filled in as named.</summary>
    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        context.Options.TryGetValue(NewNameOption, out var name)
            ? new Dictionary<string, string> { [OwnKey] = No, [PartnerKey] = NewPartner, [PartnerNameKey] = name }
            : new Dictionary<string, string> { [OwnKey] = No };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var prompts = new List<Prompt>();
        if (!context.Options.ContainsKey(PreselectedOption))
        {
            var partners = Partners(context);
            var cardMode = IsCardMode(context);
            // Text mode does not ask again for the partner named after the command.
            var namedInText = !cardMode && context.Options.ContainsKey(NewNameOption);
            if (partners.Count > 0 && !namedInText)
                prompts.Add(new ChoicePrompt(PartnerKey, Strings.ThreeBsPartnerQuestion,
                    [.. partners, new Choice(Strings.ThreeBsNewPartner, NewPartner)]));
            // A form shows the new-partner fields always (optional, checked together); text asks them only when needed.
            var addsPartner = partners.Count == 0 || ChosenPartner(context, answers) == NewPartner;
            if (addsPartner || cardMode)
            {
                var required = partners.Count == 0 || !cardMode;
                if (!namedInText) prompts.Add(new TextPrompt(PartnerNameKey, Strings.ThreeBsPartnerNameQuestion, NameMaxLength) { IsRequired = required });
                prompts.Add(new MultiChoicePrompt(PartnerRoleKey, Strings.ThreeBsPartnerRoleQuestion, NetworkRoleTexts.Choices()) { IsRequired = required });
                prompts.Add(new MultiChoicePrompt(PartnerLevelKey, Strings.ThreeBsPartnerLevelQuestion, PartnerLevelTexts.Choices()) { IsRequired = required });
            }
        }
        prompts.Add(new ChoicePrompt(OwnKey, Strings.ThreeBsOwnQuestion, [new Choice(Strings.ThreeBsOwnNo, No), new Choice(Strings.ThreeBsOwnYes, Yes)]));
        // The first of the three B's says which partner is being described, once that is known.
        var intention = PartnerDescribed(context, answers) is { } partner
            ? Texts.Format(Strings.ThreeBsAboutPartner, IsCardMode(context) ? partner : MemberText.Escape(partner), Strings.ThreeBsIntentionQuestion)
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

    /// <summary>A new partner needs a name, a role and a level, and must not be one the coalition already has.</summary>
    public override IReadOnlyDictionary<string, string> ValidateTogether(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var errors = new Dictionary<string, string>();
        if (!AddsPartner(context, answers)) return errors;
        var name = NewName(context, answers);
        if (string.IsNullOrWhiteSpace(name)) errors[PartnerNameKey] = Strings.ThreeBsNewPartnerNeedsName;
        else if (Partners(context).Any(p => string.Equals(p.Title.Trim(), name.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            errors[PartnerNameKey] = Texts.Format(Strings.ThreeBsPartnerExists, MemberText.Escape(name));
        if (string.IsNullOrEmpty(answers.GetValueOrDefault(PartnerRoleKey))) errors[PartnerRoleKey] = Strings.ThreeBsNewPartnerNeedsRole;
        if (string.IsNullOrEmpty(answers.GetValueOrDefault(PartnerLevelKey))) errors[PartnerLevelKey] = Strings.ThreeBsNewPartnerNeedsLevel;
        return errors;
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var coalitionId = CoalitionOf(context);
        var user = context.Turn.Activity.From!;
        var partner = AddsPartner(context, answers)
            ? await AddPartnerAsync(coalitionId, NewPartnerFrom(context, answers, user.Id!), cancellationToken)
            : Partners(context).First(p => p.Value == (context.Options.GetValueOrDefault(PreselectedOption) ?? answers[PartnerKey]));

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

    private Partner NewPartnerFrom(DialogContext context, IReadOnlyDictionary<string, string> answers, string userId)
    {
        var roles = MultiChoicePrompt.Values<NetworkRole>(answers[PartnerRoleKey]);
        return new Partner(Guid.NewGuid().ToString("N")[..12], NewName(context, answers)!.Trim(), roles[0]) { AddedBy = userId, AddedAt = time.GetUtcNow() }
            .WithRoles(roles) with { Levels = MultiChoicePrompt.Values<PartnerLevel>(answers[PartnerLevelKey]) };
    }

    /// <summary>Adds the partner, unless someone added one by that name in the meantime: then that one is described.</summary>
    private async Task<Choice> AddPartnerAsync(CoalitionId coalitionId, Partner added, CancellationToken cancellationToken)
    {
        var saved = await coalitions.UpdateAsync(coalitionId, () => throw new InvalidOperationException("The coalition is gone."),
            c => c.PartnerNamed(added.Name) is not null ? c : c.WithPartner(added), cancellationToken);
        var partner = saved.PartnerNamed(added.Name)!;
        return new Choice(partner.Name, partner.Id);
    }

    private static bool AddsPartner(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        !context.Options.ContainsKey(PreselectedOption) && (Partners(context).Count == 0 || ChosenPartner(context, answers) == NewPartner);

    private static bool IsCardMode(DialogContext context) => context.Session.State.Dialog?.Mode != DialogMode.Text;

    /// <summary>The partner chosen (an id, or <see cref="NewPartner"/>); in text mode a partner named after the command is new.</summary>
    private static string? ChosenPartner(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        answers.GetValueOrDefault(PartnerKey) is { Length: > 0 } chosen ? chosen
        : !IsCardMode(context) && context.Options.ContainsKey(NewNameOption) ? NewPartner
        : null;

    /// <summary>The new partner's name as typed, else as named after the command.</summary>
    private static string? NewName(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        answers.GetValueOrDefault(PartnerNameKey) is { } typed && !string.IsNullOrWhiteSpace(typed) ? typed : context.Options.GetValueOrDefault(NewNameOption);

    /// <summary>The name of the partner being described, once known.</summary>
    private static string? PartnerDescribed(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        if (context.Options.GetValueOrDefault(PreselectedOption) is { } preselected) return Partners(context).FirstOrDefault(p => p.Value == preselected)?.Title;
        var chosen = ChosenPartner(context, answers);
        return chosen == NewPartner || (chosen is null && Partners(context).Count == 0) ? NewName(context, answers) : Partners(context).FirstOrDefault(p => p.Value == chosen)?.Title;
    }

    private static IReadOnlyList<Choice> Partners(DialogContext context) => ChoiceOptions.Read(context.Options, PartnersOption);
}
