using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>Lets a lead or admin correct a partner's name, network roles or levels (members' descriptions stay with the partner).</summary>
public sealed class EditPartnerDialog(CoalitionStore coalitions) : CoalitionDialog
{
    public const string DialogId = "edit-partner";
    private const string PartnersOption = "partners", PartnerKey = "partner", NameKey = "name", RoleKey = "role", LevelKey = "level";
    private const int NameMaxLength = 100;

    public override string Id => DialogId;
    public override string Title => Strings.EditPartnerTitle;
    public override string StartCommand => PartnersCommand.Route.Word;

    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument) =>
        new Dictionary<string, string>(base.StartOptions(coalition, argument))
        {
            [PartnersOption] = ChoiceOptions.Write(coalition.Partners.Select(p => new Choice(p.Name, p.Id))),
        };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new ChoicePrompt(PartnerKey, Strings.EditPartnerWhich, ChoiceOptions.Read(context.Options, PartnersOption)),
        new TextPrompt(NameKey, Strings.EditPartnerNewName, NameMaxLength) { IsRequired = false },
        new MultiChoicePrompt(RoleKey, Strings.EditPartnerNewRole, NetworkRoleTexts.Choices()) { IsRequired = false },
        new MultiChoicePrompt(LevelKey, Strings.EditPartnerNewLevel, PartnerLevelTexts.Choices()) { IsRequired = false },
    ];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var partnerId = answers[PartnerKey];
        var newName = answers.GetValueOrDefault(NameKey) is { Length: > 0 } name ? name.Trim() : null;
        var newRoles = MultiChoicePrompt.Values<NetworkRole>(answers.GetValueOrDefault(RoleKey));
        var newLevels = MultiChoicePrompt.Values<PartnerLevel>(answers.GetValueOrDefault(LevelKey));
        string? refusal = null;
        var saved = await coalitions.UpdateAsync(CoalitionOf(context), () => throw new InvalidOperationException("The coalition is gone."), coalition =>
        {
            refusal = !coalition.IsLeadOrAdmin(actor) ? Strings.PartnersOnlyLeadsEdit
                : coalition.Partner(partnerId) is null ? Strings.EditPartnerGone
                : newName is not null && coalition.PartnerNamed(newName) is { } other && other.Id != partnerId ? Texts.Format(Strings.ThreeBsPartnerExists, MemberText.Escape(newName))
                : null;
            if (refusal is not null) return coalition;
            var partner = coalition.Partner(partnerId)! with { Name = newName ?? coalition.Partner(partnerId)!.Name };
            if (newRoles.Count > 0) partner = partner.WithRoles(newRoles);
            if (newLevels.Count > 0) partner = partner with { Levels = newLevels };
            return coalition.WithPartner(partner);
        }, cancellationToken);

        var text = refusal ?? Texts.Format(Strings.EditPartnerDone, MemberText.Escape(saved.Partner(partnerId)!.Name));
        return new DialogCompletion(text, MessageCard.Build(Strings.EditPartnerTitle, text, PartnersOverview.Facts(saved), CardLanguage.Current));
    }
}
