namespace CoalitionBot.Dialogs;

/// <summary>A dialog in progress: which one, the answers so far, and how it is being answered.</summary>
public sealed record ActiveDialog
{
    public required string DialogId { get; init; }

    /// <summary>Identifies the form card sent for this run; a submit of any other form is stale.</summary>
    public required string FormId { get; init; }

    public DialogMode Mode { get; init; }

    /// <summary>The questions on the form as last sent (card mode), by prompt key: what a submission may hold.</summary>
    public IReadOnlyList<string> FormKeys { get; init; } = [];

    /// <summary>Answers by prompt key; an optional prompt answered empty is present with "".</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();

    /// <summary>Set when the dialog started, e.g. which coalition or partner it is about.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset StartedAt { get; init; }
}
