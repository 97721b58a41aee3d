using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Actions;

/// <summary>The coalition's actions document: one read for a list, a summary or a check-in; every change ETag-checked.</summary>
public sealed class ActionStore(IDocumentStore store, DocumentUpdater updater)
{
    public async Task<CoalitionActions> GetAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(coalition), ActionJsonContext.Default.CoalitionActions, cancellationToken))?.Value ?? new CoalitionActions();

    /// <summary>Changes the document (an empty one when there is none yet) and returns what is stored now.</summary>
    public Task<CoalitionActions> UpdateAsync(CoalitionId coalition, Func<CoalitionActions, CoalitionActions> change, CancellationToken cancellationToken) =>
        updater.UpdateAsync(KeyOf(coalition), ActionJsonContext.Default.CoalitionActions, current => change(current ?? new CoalitionActions()), cancellationToken);

    /// <summary>Changes the document only when the coalition has one; true when it was written.</summary>
    public Task<bool> ChangeExistingAsync(CoalitionId coalition, Func<CoalitionActions, CoalitionActions> change, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(coalition), ActionJsonContext.Default.CoalitionActions, change, cancellationToken);

    public static string KeyOf(CoalitionId coalition) => coalition.Key("actions");
}
