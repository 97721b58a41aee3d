using System.Text.Json.Serialization;
using CoalitionBot.Storage;

namespace CoalitionBot.Coalitions;

/// <summary>
/// A coalition as stored: its members with their roles (in the order they joined), and its partners (the organisations
/// in its network). One document per coalition, changed with ETag concurrency through <see cref="CoalitionStore"/>.
/// </summary>
public sealed record Coalition : IVersionedDocument
{
    /// <summary>
    /// 2: the coalition's phase and goal. 3: whether its check-in asks about the common ground. 4: partners with several
    /// roles and their levels, and the coalition's bestuurlijke trekker.
    /// </summary>
    public const int CurrentSchemaVersion = 4;
    public const int DefaultMinimumRespondents = 3;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;
    public required CoalitionId Id { get; init; }
    public string? Name { get; init; }
    /// <summary>Where to reach the team (its Bot Connector).</summary>
    public string? ServiceUrl { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public IReadOnlyList<CoalitionMember> Members { get; init; } = [];
    public IReadOnlyList<Partner> Partners { get; init; } = [];
    /// <summary>Fewest answers before aggregate figures (leadership, check-in) are shown, and fewest changed answers before they change.</summary>
    public int MinimumRespondents { get; init; } = DefaultMinimumRespondents;
    /// <summary>Months an answer is kept before it is purged (privacy: answers are not kept forever).</summary>
    public int RetentionMonths { get; init; } = 24;
    /// <summary>The shared goal its leads and admins recorded (<c>doel</c>); null until someone does.</summary>
    public CoalitionGoal? Goal { get; init; }
    /// <summary>Its check-in also asks about gelijkwaardigheid, gedeeld eigenaarschap and wederkerigheid (an admin's setting).</summary>
    public bool AsksCommonGround { get; init; }
    /// <summary>The phase its lead or admin set; null until someone does.</summary>
    public CoalitionPhase? Phase { get; init; }
    /// <summary>Who carries the coalition at the bestuurlijk level (often the alderman), as a lead or admin named them; null until then.</summary>
    public AdministrativeLead? AdministrativeLead { get; init; }
    /// <summary>
    /// Set when the bot was removed from the team or the team was archived or deleted: no reminders go out, and the
    /// data is kept for its retention period. Null while the team uses the bot.
    /// </summary>
    public CoalitionInactivity? Inactive { get; init; }

    public bool IsActive => Inactive is null;

    /// <summary>Inactive since <paramref name="at"/> (an earlier moment and reason are kept: the first one counts).</summary>
    public Coalition Deactivated(string reason, DateTimeOffset at) => Inactive is not null ? this : this with { Inactive = new CoalitionInactivity(at, reason) };

    /// <summary>The team uses the bot again (reinstalled, unarchived or restored).</summary>
    public Coalition Reactivated() => Inactive is null ? this : this with { Inactive = null };

    /// <summary>With the goal its lead or admin recorded; written as this version, so an older bot does not drop it.</summary>
    public Coalition WithGoal(string text, DateTimeOffset at) => this with { Goal = new CoalitionGoal(text, at), SchemaVersion = CurrentSchemaVersion };

    /// <summary>With the phase its lead or admin set; written as this version, so an older bot does not drop it.</summary>
    public Coalition WithPhase(CoalitionPhase phase) => this with { Phase = phase, SchemaVersion = CurrentSchemaVersion };

    /// <summary>With this partner added, or replacing the one with its id; written as this version, so an older bot keeps its roles and levels.</summary>
    public Coalition WithPartner(Partner partner) => this with
    {
        Partners = Partners.Any(p => p.Id == partner.Id) ? [.. Partners.Select(p => p.Id == partner.Id ? partner : p)] : [.. Partners, partner],
        SchemaVersion = CurrentSchemaVersion,
    };

    /// <summary>With the bestuurlijke trekker a lead or admin named, or none.</summary>
    public Coalition WithAdministrativeLead(AdministrativeLead? lead) => this with { AdministrativeLead = lead, SchemaVersion = CurrentSchemaVersion };

    public CoalitionMember? Member(string userId) => Members.FirstOrDefault(m => m.UserId == userId);

    public CoalitionRole RoleOf(string userId) => Member(userId)?.Role ?? CoalitionRole.Member;

    public bool IsAdmin(string userId) => RoleOf(userId) == CoalitionRole.Admin;

    /// <summary>Leads and admins may see summaries.</summary>
    public bool IsLeadOrAdmin(string userId) => RoleOf(userId) is CoalitionRole.Lead or CoalitionRole.Admin;

    /// <summary>Adds the member at the end, or refreshes their name in their place; an existing role is kept.</summary>
    public Coalition WithMember(string userId, string? name, string? aadObjectId, CoalitionRole? role = null)
    {
        var existing = Member(userId);
        var member = (existing ?? new CoalitionMember(userId, name)) with
        {
            Name = name ?? existing?.Name,
            AadObjectId = aadObjectId ?? existing?.AadObjectId,
            Role = role ?? existing?.Role ?? CoalitionRole.Member,
        };
        if (member == existing) return this;
        return this with { Members = existing is null ? [.. Members, member] : [.. Members.Select(m => m.UserId == userId ? member : m)] };
    }

    public bool HasAdmin => Members.Any(m => m.Role == CoalitionRole.Admin);

    /// <summary>
    /// A coalition always has an admin, or nobody could change its roles, settings or reminders: when the last one
    /// leaves or erases their data, the lead who joined first becomes admin, else the member who joined first.
    /// The same instance when there is an admin, or nobody to make one.
    /// </summary>
    public Coalition WithAnAdmin()
    {
        if (HasAdmin || Members.Count == 0) return this;
        var successor = Members.FirstOrDefault(m => m.Role == CoalitionRole.Lead) ?? Members[0];
        return this with { Members = [.. Members.Select(m => m.UserId == successor.UserId ? m with { Role = CoalitionRole.Admin } : m)] };
    }

    public Coalition WithoutMember(string userId) => Member(userId) is null ? this : this with { Members = [.. Members.Where(m => m.UserId != userId)] };

    /// <summary>Without the person: not a member any more, and not named on the partners they added.</summary>
    public Coalition Forget(string userId) => Member(userId) is null && Partners.All(p => p.AddedBy != userId) ? this : WithoutMember(userId) with
    {
        Partners = [.. Partners.Select(p => p.AddedBy == userId ? p with { AddedBy = null } : p)],
    };

    public Partner? Partner(string partnerId) => Partners.FirstOrDefault(p => p.Id == partnerId);

    /// <summary>A partner with the same name (ignoring case and spaces around it), so the same organisation is not added twice.</summary>
    public Partner? PartnerNamed(string name) =>
        Partners.FirstOrDefault(p => string.Equals(p.Name.Trim(), name.Trim(), StringComparison.CurrentCultureIgnoreCase));
}

public sealed record CoalitionMember(string UserId, string? Name)
{
    public string? AadObjectId { get; init; }
    public CoalitionRole Role { get; init; } = CoalitionRole.Member;
}

/// <summary>
/// What the coalition works towards together, in its own words, and when it was recorded. It names nobody: it is the
/// coalition's, like its name, and stays when whoever wrote it leaves.
/// </summary>
public sealed record CoalitionGoal(string Text, DateTimeOffset SetAt);

/// <summary>
/// The coalition's bestuurlijke trekker ("zoek per project een bestuurlijke trekker, bijvoorbeeld de wethouder"): a name and
/// function as a lead typed it, and the partner they come from, if it is one of the coalition's.
/// </summary>
public sealed record AdministrativeLead(string Name, string? PartnerId, DateTimeOffset SetAt);

/// <summary>Since when and why a coalition is inactive: a Teams event type ("teamArchived", "botRemoved"), nothing personal.</summary>
public sealed record CoalitionInactivity(DateTimeOffset Since, string Reason);

/// <summary>
/// An organisation (or group, such as residents) in the coalition's network. <see cref="Role"/> is its first network role;
/// a municipality that decides and funds holds more (<see cref="MoreRoles"/>).
/// </summary>
public sealed record Partner(string Id, string Name, NetworkRole Role)
{
    public string? AddedBy { get; init; }
    public DateTimeOffset AddedAt { get; init; }

    // A record read from JSON that lacks these gets null from the generated deserializer, not the initializer: hence "?? []".

    /// <summary>Its network roles after <see cref="Role"/>; none in records from before a partner could hold several.</summary>
    public IReadOnlyList<NetworkRole> MoreRoles { get; init => field = value ?? []; } = [];

    /// <summary>The levels its people take part at; empty when nobody said (partners added before levels were asked).</summary>
    public IReadOnlyList<PartnerLevel> Levels { get; init => field = value ?? []; } = [];

    [JsonIgnore]
    public IReadOnlyList<NetworkRole> Roles => [Role, .. MoreRoles];

    /// <summary>With these roles (at least one), the first as <see cref="Role"/>, so an older bot still reads a role.</summary>
    public Partner WithRoles(IReadOnlyList<NetworkRole> roles) =>
        roles.Count == 0 ? throw new ArgumentException("A partner holds at least one network role.", nameof(roles))
        : this with { Role = roles[0], MoreRoles = [.. roles.Skip(1).Distinct().Where(r => r != roles[0])] };
}
