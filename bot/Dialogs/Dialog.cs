using CoalitionBot.BotFramework;
using CoalitionBot.Cards;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs.Prompts;

namespace CoalitionBot.Dialogs;

/// <summary>
/// A multi-turn dialog: a list of prompts and what to do with the answers. The engine
/// (<see cref="DialogRunner"/>) asks the first prompt without an answer, so prompts that depend on
/// earlier answers are simply left out of <see cref="Prompts"/> until they apply.
/// Texts are read in the user's language, so build prompts when asked, not once.
/// </summary>
public abstract class Dialog
{
    /// <summary>Stable id stored in state and in form data; never change it once released.</summary>
    public abstract string Id { get; }

    public abstract string Title { get; }

    public virtual string? Intro => null;

    /// <summary>What this run of the dialog is about (the coalition's goal, the check-in's round), shown above the intro; null for nothing.</summary>
    public virtual string? About(DialogContext context) => null;

    /// <summary>The intro for this run: what it is about, then <see cref="Intro"/>.</summary>
    public string? IntroFor(DialogContext context) => string.Join("\n\n", new[] { About(context), Intro }.OfType<string>()) is { Length: > 0 } intro ? intro : null;

    /// <summary>The command that starts it, named in messages such as "start again with ...".</summary>
    public abstract string StartCommand { get; }

    public abstract IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers);

    /// <summary>Answers a form card shows filled in when it is first sent, e.g. the current settings of what is being changed.</summary>
    public virtual IReadOnlyDictionary<string, string> Prefill(DialogContext context) => new Dictionary<string, string>();

    /// <summary>Checks that need several answers together; returns errors by prompt key (empty when fine).</summary>
    public virtual IReadOnlyDictionary<string, string> ValidateTogether(DialogContext context, IReadOnlyDictionary<string, string> answers) =>
        new Dictionary<string, string>();

    /// <summary>Saves the answers and says what was done, as text and as a card.</summary>
    public abstract Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken);
}

/// <summary>The turn a dialog runs in, the options it was started with, and the user's state in this conversation.</summary>
public sealed record DialogContext(TurnContext Turn, IReadOnlyDictionary<string, string> Options, StateSession Session)
{
    /// <summary>The dialog asks one question at a time as text, not as a form.</summary>
    public bool IsTextMode => Session.State.Dialog?.Mode == DialogMode.Text;

    /// <summary>A member's text in a question: a form's label shows it as it is, a text question renders Markdown.</summary>
    public string InQuestion(string memberText) => IsTextMode ? Cards.MemberText.Escape(memberText) : memberText;
}

/// <summary>What a finished dialog shows: a text (text mode) and a card that replaces the form (card mode).</summary>
public sealed record DialogCompletion(string Text, AdaptiveCard Card);
