using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>
/// Lets a lead or admin name the coalition's bestuurlijke trekker ("zoek per project een bestuurlijke trekker, bijvoorbeeld
/// de wethouder") and the partner they come from; an empty name removes them. Checked again when saved.
/// </summary>
public sealed class AdministrativeLeadDialog(CoalitionStore coalitions, TimeProvider time) : CoalitionDialog
{
    public const string DialogId = "administrative-lead";
    private const int NameMaxLength = 100;
    private const string NameKey = "name", PartnerKey = "partner", PartnersOption = "partners";

    public override string Id => DialogId;
    public override string Title => Strings.AdministrativeLeadTitle;
    public override string Intro => Strings.AdministrativeLeadIntro;
    public override string StartCommand => AdministrativeLeadCommand.Route.Word;

    /// <summary>The partners to choose from, and the current trekker, so the form shows them to change.</summary>
    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = new Dictionary<string, string>(base.StartOptions(coalition, argument))
        {
            [PartnersOption] = ChoiceOptions.Write(coalition.Partners.Select(p => new Choice(p.Name, p.Id))),
        };
        if (coalition.AdministrativeLead is { } lead)
        {
            options[NameKey] = lead.Name;
            if (lead.PartnerId is { } partner && coalition.Partner(partner) is not null) options[PartnerKey] = partner;
        }
        return options;
    }

    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        context.Options.Where(o => o.Key is NameKey or PartnerKey).ToDictionary();

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var prompts = new List<Prompt> { new TextPrompt(NameKey, Strings.AdministrativeLeadNameQuestion, NameMaxLength) { IsRequired = false } };
        // Text mode asks for the partner only when there is a name to go with it.
        var partners = ChoiceOptions.Read(context.Options, PartnersOption);
        if (partners.Count > 0 && (!context.IsTextMode || answers.GetValueOrDefault(NameKey) is { Length: > 0 }))
            prompts.Add(new ChoicePrompt(PartnerKey, Strings.AdministrativeLeadPartnerQuestion, partners) { IsRequired = false, IsCompact = partners.Count > 6 });
        return prompts;
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var name = answers.GetValueOrDefault(NameKey)?.Trim() is { Length: > 0 } typed ? typed : null;
        var partner = answers.GetValueOrDefault(PartnerKey) is { Length: > 0 } chosen ? chosen : null;
        var allowed = false;
        var saved = await coalitions.UpdateAsync(CoalitionOf(context), () => throw new InvalidOperationException("The coalition is gone."), coalition =>
        {
            allowed = coalition.IsLeadOrAdmin(actor);
            // A partner removed meanwhile is left out; the name stands on its own.
            var lead = name is null ? null : new AdministrativeLead(name, partner is not null && coalition.Partner(partner) is not null ? partner : null, time.GetUtcNow());
            return allowed ? coalition.WithAdministrativeLead(lead) : coalition;
        }, cancellationToken);

        var text = !allowed ? Strings.AdministrativeLeadOnlyLeads
            : saved.AdministrativeLead is null ? Strings.AdministrativeLeadRemoved
            : Texts.Format(Strings.AdministrativeLeadSaved, AdministrativeLeadTexts.Line(saved));
        return new DialogCompletion(text, MessageCard.Build(Strings.AdministrativeLeadTitle, text, facts: null, CardLanguage.Current));
    }
}
