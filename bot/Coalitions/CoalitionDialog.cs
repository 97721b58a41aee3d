using CoalitionBot.Dialogs;

namespace CoalitionBot.Coalitions;

/// <summary>
/// A dialog that is answered for one coalition. The coalition is chosen before the dialog starts
/// (from the team, or from the member's own coalitions) and travels in the dialog's options, never in
/// form input, so a forged submission cannot write into another team's data.
/// </summary>
public abstract class CoalitionDialog : Dialog
{
    /// <summary>What the dialog needs to know when it starts; keep it small, it is stored with every turn's state.</summary>
    public virtual IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument) =>
        coalition.Id.ToOptions().ToDictionary();

    protected static CoalitionId CoalitionOf(DialogContext context) => CoalitionId.FromOptions(context.Options);
}
