using System.Text.Json.Serialization;
using CoalitionBot.Dialogs;
using CoalitionBot.Storage;

namespace CoalitionBot.Conversations;

/// <summary>
/// What the bot remembers of one user in one conversation (a channel counts as one, whatever the
/// thread): the dialog in progress, the language chosen, the forms already handled. One document,
/// so a turn costs one read and at most one write.
/// </summary>
public sealed record ConversationUserState : IVersionedDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;

    /// <summary>"nl" or "en" once the user chose one with the language command; otherwise the client's locale counts.</summary>
    public string? Language { get; init; }

    public ActiveDialog? Dialog { get; init; }

    /// <summary>
    /// Forms a newer dialog replaced before they were sent, newest last: a member who fills in an older form after
    /// starting something else still has it taken (see DialogRunner).
    /// </summary>
    public IReadOnlyList<ActiveDialog> EarlierForms { get; init; } = [];

    public const int RememberedEarlierForms = 3;

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
