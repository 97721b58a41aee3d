namespace CoalitionBot.Dialogs;

/// <summary>
/// What the bot remembers of one user in one conversation (a channel counts as one, whatever the
/// thread): the dialog in progress, the language chosen, the forms already handled. One document,
/// so a turn costs one read and at most one write.
/// </summary>
public sealed record ConversationUserState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>"nl" or "en" once the user chose one with the language command; otherwise the client's locale counts.</summary>
    public string? Language { get; init; }

    public ActiveDialog? Dialog { get; init; }

    /// <summary>In a 1:1 chat of someone in several coalitions: the one they chose to work in.</summary>
    public Coalitions.CoalitionId? CurrentCoalition { get; init; }

    /// <summary>A command to run once the dialog that interrupted it (choosing a coalition) has finished.</summary>
    public string? PendingCommand { get; init; }

    /// <summary>Recently finished form ids, newest last, so a second click on the same form is recognised.</summary>
    public IReadOnlyList<string> SubmittedForms { get; init; } = [];

    public const int RememberedForms = 20;

    public ConversationUserState WithSubmittedForm(string formId) => this with
    {
        SubmittedForms = [.. SubmittedForms.Append(formId).TakeLast(RememberedForms)],
    };
}

/// <summary>A dialog in progress: which one, the answers so far, and how it is being answered.</summary>
public sealed record ActiveDialog
{
    public required string DialogId { get; init; }

    /// <summary>Identifies the form card sent for this run; a submit of any other form is stale.</summary>
    public required string FormId { get; init; }

    public DialogMode Mode { get; init; }

    /// <summary>Answers by prompt key; an optional prompt answered empty is present with "".</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();

    /// <summary>Set when the dialog started, e.g. which coalition or partner it is about.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset StartedAt { get; init; }
}

public enum DialogMode
{
    /// <summary>All questions at once in an Adaptive Card form.</summary>
    Card,
    /// <summary>One question per message, for clients without cards and for screen-reader and keyboard users.</summary>
    Text,
}
