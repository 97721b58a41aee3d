using System.Globalization;
using System.Text.Json;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Actions;

/// <summary>
/// A lead or admin records an action, or changes one: what is to be done (their own text, or a next step the members
/// named in the latest closed round), who of the coalition's members owns it, and by which day. Whether the person is
/// still a lead or admin, and the owner still a member, is checked again when it is saved.
/// </summary>
public sealed class ActionDialog(ActionStore actions, CheckInStore rounds, CoalitionStore coalitions, TimeProvider time) : CoalitionDialog
{
    public const string DialogId = "action";
    /// <summary>One or two sentences: an action is named in lists, summaries and check-in questions.</summary>
    public const int MaxTextLength = 300;
    /// <summary>The next steps offered: the form stays short, and the dialog's options small.</summary>
    public const int MaxStepsOffered = 15;

    private const string NumberOption = "number", MembersOption = "members", StepsOption = "steps", RoundOption = "round", PrefillOption = "prefill";
    private const string StepKey = "step", TextKey = "text", OwnerKey = "owner", DueKey = "due";

    public override string Id => DialogId;
    public override string Title => Strings.ActionFormTitle;
    public override string Intro => Strings.ActionFormIntro;
    public override string StartCommand => ActionsCommand.Route.Word;

    /// <summary>
    /// The members to choose an owner from and, for a new action, the next steps of the latest closed round as its
    /// published figures quote them (none while it shows no figures); for a change, the action as it is.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> StartOptionsAsync(Coalition coalition, ActionItem? existing, CancellationToken cancellationToken)
    {
        var options = new Dictionary<string, string>(StartOptions(coalition, string.Empty))
        {
            [MembersOption] = ChoiceOptions.Write(coalition.Members.Select(m => new Choice(m.Name ?? Strings.ActionOwnerWithoutName, m.UserId))),
        };
        if (existing is not null)
        {
            options[NumberOption] = existing.Number.ToString(CultureInfo.InvariantCulture);
            var prefill = new Dictionary<string, string> { [TextKey] = existing.Text, [DueKey] = ActionDates.Input(existing.Due) };
            if (existing.Owner is { } owner) prefill[OwnerKey] = owner.UserId;
            options[PrefillOption] = JsonSerializer.Serialize(prefill, ActionJsonContext.Default.DictionaryStringString);
            return options;
        }
        if (await LatestClosedRoundAsync(coalition, cancellationToken) is { } round && round.FiguresFor(coalition.MinimumRespondents) is { } figures && figures.NextSteps().Count > 0)
        {
            options[RoundOption] = round.RoundId;
            options[StepsOption] = ChoiceOptions.Write(figures.NextSteps().Take(MaxStepsOffered).Select((step, i) => new Choice(Shortened(step), "step" + (i + 1).ToString(CultureInfo.InvariantCulture))));
        }
        return options;
    }

    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        context.Options.TryGetValue(PrefillOption, out var json) ? JsonSerializer.Deserialize(json, ActionJsonContext.Default.DictionaryStringString) ?? [] : [];

    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var steps = Steps(context);
        var prompts = new List<Prompt>();
        if (steps.Count > 0) prompts.Add(new ChoicePrompt(StepKey, Strings.ActionFormStep, steps) { IsRequired = false, IsCompact = true });
        prompts.Add(new TextPrompt(TextKey, steps.Count > 0 ? Strings.ActionFormOwnText : Strings.ActionFormText, MaxTextLength) { IsRequired = steps.Count == 0, IsMultiline = true });
        prompts.Add(new ChoicePrompt(OwnerKey, Strings.ActionFormOwner, ChoiceOptions.Read(context.Options, MembersOption)) { IsCompact = true });
        prompts.Add(new TextPrompt(DueKey, Strings.ActionFormDue, 10));
        return prompts;
    }

    public override IReadOnlyDictionary<string, string> ValidateTogether(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Steps(context).Count > 0)
        {
            var (step, text) = (answers.GetValueOrDefault(StepKey) is { Length: > 0 }, answers.GetValueOrDefault(TextKey) is { Length: > 0 });
            if (step == text) errors[TextKey] = step ? Strings.ActionFormStepOrText : Strings.ActionFormTextRequired;
        }
        var due = answers.GetValueOrDefault(DueKey) ?? string.Empty;
        if (!ActionDates.TryParse(due, out var day)) errors[DueKey] = Strings.ActionFormDueInvalid;
        // A changed action may keep the day it had, also once that has passed; a new one is not late from the start.
        else if (day < ActionDates.Today(time) && !(context.Options.ContainsKey(NumberOption) && Prefill(context).GetValueOrDefault(DueKey) == due)) errors[DueKey] = Strings.ActionFormDuePast;
        return errors;
    }

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var actor = context.Turn.Activity.From!.Id!;
        var coalition = await coalitions.GetAsync(CoalitionOf(context), cancellationToken);
        if (coalition?.IsLeadOrAdmin(actor) != true) return Said(Strings.ActionOnlyLeads);
        // Chosen from the members as they were when the form was sent; one who left since cannot own it.
        if (coalition.Member(answers[OwnerKey]) is not { } owner) return Said(Strings.ActionOwnerNoMember);

        var step = answers.GetValueOrDefault(StepKey) is { Length: > 0 } chosen ? Steps(context).First(s => s.Value == chosen) : null;
        var text = step?.Title ?? answers[TextKey].Trim();
        ActionDates.TryParse(answers[DueKey], out var due);
        var now = time.GetUtcNow();
        var actionOwner = new ActionOwner(owner.UserId, owner.Name);

        ActionItem? saved;
        if (context.Options.TryGetValue(NumberOption, out var numberText))
        {
            var number = int.Parse(numberText, CultureInfo.InvariantCulture);
            var stored = await actions.UpdateAsync(coalition.Id, all => all.WithChanged(number, a => a with
            {
                Text = text,
                Due = due,
                Owner = actionOwner,
                // Another owner has not been asked yet.
                LatestAnswer = a.IsOwnedBy(owner.UserId) ? a.LatestAnswer : null,
            }), cancellationToken);
            saved = stored.Find(number);
            if (saved is null) return Said(Texts.Format(Strings.ActionUnknownNumber, number));
        }
        else
        {
            var stored = await actions.UpdateAsync(coalition.Id, all => all.WithNew(number => new ActionItem
            {
                Number = number, Text = text, Owner = actionOwner, Due = due, CreatedBy = actor, CreatedAt = now,
                RoundId = step is null ? null : context.Options.GetValueOrDefault(RoundOption),
            }), cancellationToken);
            saved = stored.Items[^1];
        }

        var said = Texts.Format(context.Options.ContainsKey(NumberOption) ? Strings.ActionChanged : Strings.ActionSaved, saved.Number);
        var facts = new List<Fact>
        {
            new(Strings.ActionFactText, ActionTexts.Text(saved)),
            new(Strings.ActionFactOwner, ActionTexts.Owner(saved, coalition)),
            new(Strings.ActionFactDue, ActionDates.Shown(saved.Due)),
        };
        var textReply = $"{said}\n\n{ActionTexts.Line(saved, coalition)}";
        return new DialogCompletion(textReply, MessageCard.Build(Strings.ActionFormTitle, said, facts, CardLanguage.Current));
    }

    private static DialogCompletion Said(string text) => new(text, MessageCard.Build(Strings.ActionFormTitle, text, facts: null, CardLanguage.Current));

    private static IReadOnlyList<Choice> Steps(DialogContext context) =>
        context.Options.ContainsKey(StepsOption) ? ChoiceOptions.Read(context.Options, StepsOption) : [];

    private async Task<CheckInRound?> LatestClosedRoundAsync(Coalition coalition, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await rounds.NewestAsync(coalition.Id, 2, cancellationToken)).LastOrDefault(r => !r.IsOpenAt(now));
    }

    /// <summary>A next step longer than an action may be, cut with "…" (whole characters only).</summary>
    private static string Shortened(string step)
    {
        var info = new StringInfo(step);
        return info.LengthInTextElements <= MaxTextLength ? step : info.SubstringByTextElements(0, MaxTextLength - 1) + "…";
    }
}
