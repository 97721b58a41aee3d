using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;

namespace CoalitionBot.PersonalData;

/// <summary>
/// A kind of data that holds answers or details of a person within a coalition. Every store of member
/// answers implements it, so "my data" finds everything and "delete my data" leaves nothing behind.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Short name of this kind of data in the export, e.g. "checkIns".</summary>
    string Kind { get; }

    /// <summary>The person's records in this coalition, as JSON for the export (empty when none).</summary>
    Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken);

    /// <summary>Removes the person's records in this coalition; returns how many were removed.</summary>
    Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken);
}
