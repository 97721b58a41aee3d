namespace CoalitionBot.Coalitions;

/// <summary>A person's role in a coalition. Admins manage roles and reminders; leads (trekkers) see summaries.</summary>
public enum CoalitionRole
{
    Member,
    Lead,
    Admin,
}
