using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Roles;

/// <summary>
/// Lets an admin make a member lead (trekker) or admin, or take that back. Whether the person is still
/// an admin, and whether one admin remains, is checked again when the change is saved.
/// </summary>
public sealed class RolesDialog(CoalitionStore coalitions) : CoalitionDialog
{
    public const string DialogId = "roles";
    private const string MembersOption = "members", MemberKey = "member", RoleKey = "role";

    public override string Id => DialogId;
    public override string Title => Strings.RolesTitle;
    public override string StartCommand => RolesCommand.Route.Word;

    public override IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument) =>
        new Dictionary<string, string>(base.StartOptions(coalition, argument))
        {
            [MembersOption] = ChoiceOptions.Write(coalition.Members.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).Select(m => new Choice(m.Name ?? m.UserId, m.UserId))),
        };

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
    [
        new ChoicePrompt(MemberKey, Strings.RolesMemberQuestion, ChoiceOptions.Read(context.Options, MembersOption)),
        new ChoicePrompt(RoleKey, Strings.RolesRoleQuestion, CoalitionRoleTexts.Choices()),
    ];

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var memberId = answers[MemberKey];
        var role = Enum.Parse<CoalitionRole>(answers[RoleKey]);
        string? refusal = null;
        var saved = await coalitions.UpdateAsync(CoalitionOf(context), () => throw new InvalidOperationException("The coalition is gone."), coalition =>
        {
            refusal = !coalition.IsAdmin(actor) ? Strings.RolesOnlyAdmins
                : coalition.Member(memberId) is null ? Strings.RolesNotAMember
                : role != CoalitionRole.Admin && coalition.IsAdmin(memberId) && coalition.Members.Count(m => m.Role == CoalitionRole.Admin) == 1 ? Strings.RolesLastAdmin
                : null;
            return refusal is null ? coalition with { Members = [.. coalition.Members.Select(m => m.UserId == memberId ? m with { Role = role } : m)] } : coalition;
        }, cancellationToken);

        var name = saved.Member(memberId)?.Name ?? memberId;
        var text = refusal ?? Texts.Format(Strings.RolesChanged, MemberText.Escape(name), CoalitionRoleTexts.Name(role));
        return new DialogCompletion(text, MessageCard.Build(Strings.RolesTitle, text, RolesOverview.Facts(saved), CardLanguage.Current));
    }
}
