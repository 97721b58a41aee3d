using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.ThreeBs;

/// <summary>
/// Which partner a 3 B's answer is about: one of the coalition's, named after the command ("3b GGD"), chosen from the list,
/// or a new one with its name, network roles and levels. A form shows the new-partner fields always (optional, checked
/// together); text asks them only when needed, and not the name again when it followed the command.
/// </summary>
internal static class ThreeBsPartnerChoice
{
    public const string NewPartner = "new";
    private const int NameMaxLength = 100;
    private const string PartnersOption = "partners", PreselectedOption = "partner", NewNameOption = "newPartnerName";
    private const string PartnerKey = "partner", NameKey = "partnerName", RoleKey = "partnerRole", LevelKey = "partnerLevel";

    /// <summary>The partners as they are now, and the one named after the command, if any.</summary>
    public static void AddStartOptions(Dictionary<string, string> options, Coalition coalition, string argument)
    {
        options[PartnersOption] = ChoiceOptions.Write(coalition.Partners.Select(p => new Choice(p.Name, p.Id)));
        if (argument.Length > 0 && coalition.PartnerNamed(argument) is { } named) options[PreselectedOption] = named.Id;
        // "3b GGD" for a partner the coalition does not have yet: the new partner's name is filled in.
        else if (argument.Trim() is { Length: > 0 } name) options[NewNameOption] = name[..Math.Min(name.Length, NameMaxLength)];
    }

    /// <summary>A form opens on the new partner named after the command, if any.</summary>
    public static void AddPrefill(Dictionary<string, string> prefill, DialogContext context)
    {
        if (!context.Options.TryGetValue(NewNameOption, out var name)) return;
        prefill[PartnerKey] = NewPartner;
        prefill[NameKey] = name;
    }

    public static IEnumerable<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        if (context.Options.ContainsKey(PreselectedOption)) yield break;
        var partners = Partners(context);
        var cardMode = !context.IsTextMode;
        var namedInText = !cardMode && context.Options.ContainsKey(NewNameOption);
        if (partners.Count > 0 && !namedInText)
            yield return new ChoicePrompt(PartnerKey, Strings.ThreeBsPartnerQuestion, [.. partners, new Choice(Strings.ThreeBsNewPartner, NewPartner)]);
        if (!AddsPartner(context, answers) && !cardMode) yield break;
        var required = partners.Count == 0 || !cardMode;
        if (!namedInText) yield return new TextPrompt(NameKey, Strings.ThreeBsPartnerNameQuestion, NameMaxLength) { IsRequired = required };
        yield return new MultiChoicePrompt(RoleKey, Strings.ThreeBsPartnerRoleQuestion, NetworkRoleTexts.Choices()) { IsRequired = required };
        yield return new MultiChoicePrompt(LevelKey, Strings.ThreeBsPartnerLevelQuestion, PartnerLevelTexts.Choices()) { IsRequired = required };
    }

    /// <summary>A new partner needs a name, a role and a level, and must not be one the coalition already has.</summary>
    public static void Validate(Dictionary<string, string> errors, DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        if (!AddsPartner(context, answers)) return;
        var name = NewName(context, answers);
        if (string.IsNullOrWhiteSpace(name)) errors[NameKey] = Strings.ThreeBsNewPartnerNeedsName;
        else if (Partners(context).Any(p => string.Equals(p.Title.Trim(), name.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            errors[NameKey] = Texts.Format(Strings.ThreeBsPartnerExists, MemberText.Escape(name));
        if (string.IsNullOrEmpty(answers.GetValueOrDefault(RoleKey))) errors[RoleKey] = Strings.ThreeBsNewPartnerNeedsRole;
        if (string.IsNullOrEmpty(answers.GetValueOrDefault(LevelKey))) errors[LevelKey] = Strings.ThreeBsNewPartnerNeedsLevel;
    }

    /// <summary>The partner to add (when <see cref="AddsPartner"/>), as answered.</summary>
    public static Partner NewPartnerFrom(DialogContext context, IReadOnlyDictionary<string, string> answers, string userId, DateTimeOffset now)
    {
        var roles = MultiChoicePrompt.Values<NetworkRole>(answers[RoleKey]);
        return new Partner(Guid.NewGuid().ToString("N")[..12], NewName(context, answers)!.Trim(), roles[0]) { AddedBy = userId, AddedAt = now }
            .WithRoles(roles) with { Levels = MultiChoicePrompt.Values<PartnerLevel>(answers[LevelKey]) };
    }

    /// <summary>One of the coalition's partners, as it was when the dialog started (when not <see cref="AddsPartner"/>).</summary>
    public static Choice Existing(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        Partners(context).First(p => p.Value == (context.Options.GetValueOrDefault(PreselectedOption) ?? answers[PartnerKey]));

    public static bool AddsPartner(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        !context.Options.ContainsKey(PreselectedOption) && (Partners(context).Count == 0 || Chosen(context, answers) == NewPartner);

    /// <summary>The name of the partner being described, once known.</summary>
    public static string? Described(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        if (context.Options.GetValueOrDefault(PreselectedOption) is { } preselected) return Partners(context).FirstOrDefault(p => p.Value == preselected)?.Title;
        return AddsPartner(context, answers) ? NewName(context, answers) : Partners(context).FirstOrDefault(p => p.Value == Chosen(context, answers))?.Title;
    }

    /// <summary>The partner chosen (an id, or <see cref="NewPartner"/>); in text mode a partner named after the command is new.</summary>
    private static string? Chosen(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        answers.GetValueOrDefault(PartnerKey) is { Length: > 0 } chosen ? chosen
        : context.IsTextMode && context.Options.ContainsKey(NewNameOption) ? NewPartner
        : null;

    /// <summary>The new partner's name as typed, else as named after the command.</summary>
    private static string? NewName(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        answers.GetValueOrDefault(NameKey) is { } typed && !string.IsNullOrWhiteSpace(typed) ? typed : context.Options.GetValueOrDefault(NewNameOption);

    private static IReadOnlyList<Choice> Partners(DialogContext context) => ChoiceOptions.Read(context.Options, PartnersOption);
}
