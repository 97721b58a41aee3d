using CoalitionBot.BotFramework;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;
using CoalitionBot.Storage;

namespace CoalitionBot.Dialogs;

/// <summary>
/// Runs dialogs whose progress lives in <see cref="ConversationUserState"/>: starts them as a form card
/// or as text, takes text answers one at a time, takes whole form submissions, validates, re-prompts,
/// completes and cancels. Because every step is stored, a dialog survives restarts and moves between
/// instances of the bot. It sends nothing itself: each step returns what to show (<see cref="DialogReply"/>), and
/// the turn pipeline sends it and saves the state once at the end of the turn.
/// </summary>
public sealed class DialogRunner(IEnumerable<Dialog> dialogs, TimeProvider time)
{
    private readonly Dictionary<string, Dialog> byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public Dialog? Find(string dialogId) => byId.GetValueOrDefault(dialogId);

    /// <summary>Starts <paramref name="dialog"/> (replacing any dialog in progress): its form, or its first question.</summary>
    public DialogReply Begin(TurnContext turn, StateSession session, Dialog dialog, DialogMode mode, IReadOnlyDictionary<string, string>? options)
    {
        var active = new ActiveDialog
        {
            DialogId = dialog.Id,
            FormId = Guid.NewGuid().ToString("N"),
            Mode = mode,
            Options = options ?? new Dictionary<string, string>(),
            StartedAt = time.GetUtcNow(),
        };
        var context = new DialogContext(turn, active.Options, session);
        var prefill = dialog.Prefill(context);
        if (mode == DialogMode.Card) active = active with { FormKeys = KeysOf(dialog.Prompts(context, prefill)) };
        session.State = session.State with { Dialog = active, EarlierForms = WithEarlierForm(session.State.EarlierForms, session.State.Dialog) };
        return mode == DialogMode.Card
            ? DialogReply.OfCard(FormFor(dialog, context, active, prefill, errors: null, errorSummary: null))
            : DialogReply.OfText(NextQuestion(context, dialog, active, retryReason: null));
    }

    /// <summary>What to show when a dialog was waiting for this text as an answer (and took it); null when none was.</summary>
    public async Task<DialogReply?> ContinueWithTextAsync(TurnContext turn, StateSession session, string text, CancellationToken cancellationToken)
    {
        if (session.State.Dialog is not { Mode: DialogMode.Text } active || Find(active.DialogId) is not { } dialog) return null;
        var context = new DialogContext(turn, active.Options, session);
        var prompt = NextPrompt(dialog, context, active.Answers);
        if (prompt is null) return null;

        var result = prompt.Recognize(text);
        if (!result.IsValid) return DialogReply.OfText(NextQuestion(context, dialog, active, result.Error));

        var answers = new Dictionary<string, string>(active.Answers) { [prompt.Key] = result.Value! };
        active = active with { Answers = answers };
        session.State = session.State with { Dialog = active };
        if (NextPrompt(dialog, context, answers) is not null) return DialogReply.OfText(NextQuestion(context, dialog, active, retryReason: null));

        var errors = dialog.ValidateTogether(context, answers);
        if (errors.Count > 0)
        {
            // Ask again for what does not fit together, starting with the first such answer.
            active = active with { Answers = answers.Where(a => !errors.ContainsKey(a.Key)).ToDictionary() };
            session.State = session.State with { Dialog = active };
            return DialogReply.OfText(NextQuestion(context, dialog, active, errors.Values.First()));
        }

        var completion = await CompleteOnceAsync(session, dialog, context, active, answers, cancellationToken);
        return completion is null ? DialogReply.None : DialogReply.OfText(completion.Text);
    }

    /// <summary>The question a text dialog still waits for, said again after a command that did not answer it (help); null when none waits.</summary>
    public DialogReply? StillWaiting(TurnContext turn, StateSession session)
    {
        if (session.State.Dialog is not { Mode: DialogMode.Text } active || Find(active.DialogId) is not { } dialog) return null;
        var context = new DialogContext(turn, active.Options, session);
        return NextPrompt(dialog, context, active.Answers) is null
            ? null
            : DialogReply.OfText(Texts.Format(Strings.PromptStillWaiting, dialog.Title), NextQuestion(context, dialog, active, retryReason: null));
    }

    /// <summary>Takes a submitted form. A card in the reply replaces the form; texts are new messages.</summary>
    public async Task<DialogReply> SubmitFormAsync(TurnContext turn, StateSession session, FormSubmission submission, CancellationToken cancellationToken)
    {
        if (session.State.SubmittedForms.Contains(submission.FormId)) return DialogReply.None; // a second click
        if (session.State.EarlierForms.FirstOrDefault(f => f.FormId == submission.FormId) is { } earlier)
            return await SubmitEarlierFormAsync(turn, session, earlier, submission, cancellationToken);
        var active = session.State.Dialog;
        if (active is null || active.FormId != submission.FormId || active.DialogId != submission.DialogId || Find(active.DialogId) is not { } dialog)
            return DialogReply.OfText(Texts.Format(Strings.FormNotActive, Find(submission.DialogId)?.StartCommand ?? "help"));

        var context = new DialogContext(turn, active.Options, session);
        if (submission.Action == FormSubmission.TextModeAction)
        {
            active = active with { Mode = DialogMode.Text };
            session.State = session.State with { Dialog = active };
            return DialogReply.OfText(Strings.FormSwitchedToText, NextQuestion(context, dialog, active, retryReason: null));
        }

        var submitted = submission.Inputs.Where(i => i.Value is not null).ToDictionary(i => i.Key, i => i.Value!);
        var prompts = dialog.Prompts(context, submitted);
        // Clients leave empty inputs out, so what was on the form is known from the form sent (a form sent before forms were
        // remembered: every question that applies now).
        IReadOnlyList<string> onForm = active.FormKeys.Count > 0 ? active.FormKeys : [.. KeysOf(prompts), .. submission.Inputs.Keys];
        if (submission.Inputs.Keys.Any(key => prompts.All(p => p.Key != key) && !onForm.Contains(key)))
            return DialogReply.OfCard(FormFor(dialog, context, active, submitted, errors: null, Texts.Format(Strings.FormUnknownFields, dialog.StartCommand)));
        // An answer to a question that no longer applies (days, after choosing "daily") is left out.
        submitted = submitted.Where(a => prompts.Any(p => p.Key == a.Key)).ToDictionary();

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        // Questions an answer brought along (days, after choosing "weekly") were not on the form: the form comes back with them.
        var added = prompts.Where(p => !onForm.Contains(p.Key) && !submitted.ContainsKey(p.Key)).ToList();
        foreach (var prompt in prompts.Except(added))
        {
            var result = prompt.Recognize(submitted.GetValueOrDefault(prompt.Key));
            if (result.IsValid) answers[prompt.Key] = result.Value!;
            else errors[prompt.Key] = result.Error!;
        }
        if (errors.Count == 0 && added.Count == 0)
            foreach (var (key, error) in dialog.ValidateTogether(context, answers)) errors[key] = error;

        if (errors.Count > 0 || added.Count > 0)
        {
            active = active with { Answers = answers, FormKeys = KeysOf(prompts) };
            session.State = session.State with { Dialog = active };
            return DialogReply.OfCard(errors.Count > 0
                ? FormFor(dialog, context, active, submitted, errors, Strings.FormHasErrors)
                : FormFor(dialog, context, active, submitted, errors: null, Strings.FormMoreQuestions));
        }

        var completion = await CompleteOnceAsync(session, dialog, context, active, answers, cancellationToken);
        // Null: a second click of the same form, racing the first, lost; the first shows the confirmation.
        return completion is null ? DialogReply.None : DialogReply.OfCard(completion.Card);
    }

    /// <summary>
    /// A form the member filled in before starting something else: taken as if it were the one in progress (saved when
    /// valid, shown again with what is wrong when not); what was in progress then carries on where it was.
    /// </summary>
    private async Task<DialogReply> SubmitEarlierFormAsync(TurnContext turn, StateSession session, ActiveDialog earlier, FormSubmission submission, CancellationToken cancellationToken)
    {
        var interrupted = session.State.Dialog;
        session.State = session.State with
        {
            Dialog = earlier,
            EarlierForms = WithEarlierForm([.. session.State.EarlierForms.Where(f => f.FormId != earlier.FormId)], interrupted),
        };
        var reply = await SubmitFormAsync(turn, session, submission, cancellationToken);
        if (session.State.Dialog is not null || interrupted is null) return reply;

        // Done with the earlier form: back to what was in progress.
        session.State = session.State with { Dialog = interrupted, EarlierForms = [.. session.State.EarlierForms.Where(f => f.FormId != interrupted.FormId)] };
        return StillWaiting(turn, session) is { } waiting ? reply with { Texts = [.. reply.Texts, .. waiting.Texts] } : reply;
    }

    /// <summary>The forms kept for later when <paramref name="replaced"/> gives way to a newer dialog (only forms: a text dialog's questions are gone).</summary>
    private static IReadOnlyList<ActiveDialog> WithEarlierForm(IReadOnlyList<ActiveDialog> earlier, ActiveDialog? replaced) =>
        replaced is { Mode: DialogMode.Card } ? [.. earlier.Append(replaced).TakeLast(ConversationUserState.RememberedEarlierForms)] : earlier;

    /// <summary>Stops the dialog in progress; false when there was none.</summary>
    public static bool Cancel(StateSession session)
    {
        if (session.State.Dialog is null) return false;
        session.State = session.State with { Dialog = null };
        return true;
    }

    /// <summary>
    /// Claims the form first (saved at once: the one save before the end of the turn), so a second submit racing this
    /// one loses on the ETag instead of saving the answers twice; if completing then fails, the claim is taken back and
    /// the answers kept, and the turn pipeline saves that. Null when a racing submit of the same form claimed it first
    /// (a double click): nothing more to do or say.
    /// </summary>
    private static async Task<DialogCompletion?> CompleteOnceAsync(StateSession session, Dialog dialog, DialogContext context, ActiveDialog active, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var before = session.State;
        session.State = (before with { Dialog = null }).WithSubmittedForm(active.FormId);
        try
        {
            await session.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            await session.ReloadAsync(cancellationToken);
            if (session.State.SubmittedForms.Contains(active.FormId)) return null;
            throw;
        }
        try
        {
            return await dialog.CompleteAsync(context, answers, cancellationToken);
        }
        catch
        {
            session.State = before with { Dialog = active with { Answers = answers } };
            throw;
        }
    }

    private static IReadOnlyList<string> KeysOf(IEnumerable<Prompt> prompts) => [.. prompts.Select(p => p.Key)];

    private static Prompt? NextPrompt(Dialog dialog, DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        dialog.Prompts(context, answers).FirstOrDefault(p => !answers.ContainsKey(p.Key));

    private static string NextQuestion(DialogContext context, Dialog dialog, ActiveDialog active, string? retryReason)
    {
        var prompts = dialog.Prompts(context, active.Answers);
        var prompt = prompts.First(p => !active.Answers.ContainsKey(p.Key));
        var number = prompts.TakeWhile(p => p != prompt).Count() + 1;

        var lines = new List<string>();
        if (retryReason is not null) lines.Add(Texts.Format(Strings.PromptRetry, retryReason));
        else if (active.Answers.Count == 0) lines.Add($"**{dialog.Title}**" + (dialog.IntroFor(context) is not { } intro ? "" : $"\n\n{intro}") + $"\n\n{Strings.PromptCancelHint}");
        lines.Add($"_{Texts.Format(Strings.PromptProgress, number, prompts.Count)}_\n\n{prompt.TextQuestion}");
        return string.Join("\n\n", lines);
    }

    /// <summary>The form card of a dialog; internal so the card samples (tests) show exactly what users get.</summary>
    internal static AdaptiveCard FormFor(Dialog dialog, DialogContext context, ActiveDialog active, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? errors, string? errorSummary) =>
        FormCard.Build(new FormCardContent
        {
            Title = dialog.Title,
            Intro = dialog.IntroFor(context),
            Fields = [.. dialog.Prompts(context, values).Select(p => p.ToFormField(values.GetValueOrDefault(p.Key), errors?.GetValueOrDefault(p.Key)))],
            SubmitTitle = Strings.FormSubmit,
            SubmitData = new() { [FormSubmission.DialogField] = dialog.Id, [FormSubmission.FormField] = active.FormId, [FormSubmission.ActionField] = FormSubmission.SubmitAction },
            SecondaryTitle = Strings.FormOneByOne,
            SecondaryData = new() { [FormSubmission.DialogField] = dialog.Id, [FormSubmission.FormField] = active.FormId, [FormSubmission.ActionField] = FormSubmission.TextModeAction },
            RequiredMessage = Strings.FormRequired,
            ErrorSummary = errorSummary,
            Language = CardLanguage.Current,
        });
}
