namespace CoalitionBot.Commands;

/// <summary>Who may use a command; the router checks it against the coalition's roles before the handler runs.</summary>
public enum CommandUsers
{
    /// <summary>Anyone, also outside a coalition: the command needs none.</summary>
    Anyone,

    /// <summary>Members of the coalition the turn is about (it is found, or chosen, first).</summary>
    Members,

    LeadsAndAdmins,

    Admins,
}
