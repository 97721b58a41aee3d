using CoalitionBot.Dialogs;

namespace CoalitionBot.Coalitions;

/// <summary>
/// A dialog that is answered for one coalition. The coalition is chosen before the dialog starts
/// (from the team, or from the member's own coalitions) and travels in the dialog's options, never in
/// form input, so a forged submission cannot write into another team's data.
/// </summary>
public abstract class CoalitionDialog : Dialog
{
    private const string GoalOption = "coalitionGoal";

    /// <summary>The coalition had a goal when the dialog started: it stands above the questions.</summary>
    protected static bool HasGoal(DialogContext context) => context.Options.ContainsKey(GoalOption);

    /// <summary>A method's form: the coalition's goal heads it, so members keep it in sight while they answer.</summary>
    protected virtual bool HeadedByGoal => false;

    /// <summary>What the dialog needs to know when it starts; keep it small, it is stored with every turn's state.</summary>
    public virtual IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string argument)
    {
        var options = coalition.Id.ToOptions().ToDictionary();
        if (HeadedByGoal && coalition.Goal is { } goal) options[GoalOption] = goal.Text;
        return options;
    }

    /// <summary>The goal the dialog started with, above the intro.</summary>
    public override string? About(DialogContext context) =>
        context.Options.TryGetValue(GoalOption, out var goal) ? CoalitionGoalTexts.Line(goal) : null;

    protected static CoalitionId CoalitionOf(DialogContext context) => CoalitionId.FromOptions(context.Options);
}
