using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Actions;

/// <summary>How an action reads in lists, summaries and replies: its text and owner as typed (never as Markdown), its day in the reader's language.</summary>
public static class ActionTexts
{
    /// <summary>The owner by the name the coalition knows now, else as when it was agreed; "geen eigenaar" once they erased their data.</summary>
    public static string Owner(ActionItem action, Coalition? coalition) => action.Owner is not { } owner ? Strings.ActionNoOwner
        : MemberText.Escape(coalition?.Member(owner.UserId)?.Name ?? owner.Name ?? Strings.ActionOwnerWithoutName);

    public static string Text(ActionItem action) => MemberText.EscapeWithin(action.Text, MemberText.AnswerBytes);

    /// <summary>"**3.** Het werkplan rondsturen (Anna, vóór 15 dec 2026; laatste antwoord: nog niet)" for a list with numbers.</summary>
    public static string Numbered(ActionItem action, Coalition? coalition) =>
        Texts.Format(Strings.ActionNumbered, action.Number, Line(action, coalition));

    /// <summary>"Het werkplan rondsturen (Anna, vóór 15 dec 2026)", or "(Anna, klaar op 2 dec 2026)" once done.</summary>
    public static string Line(ActionItem action, Coalition? coalition)
    {
        var when = action.DoneAt is { } done && action.IsDone
            ? Texts.Format(Strings.ActionDoneOn, ActionDates.Shown(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(done, ActionDates.DutchTime).DateTime)))
            : Texts.Format(Strings.ActionDueOn, ActionDates.Shown(action.Due));
        var answer = !action.IsDone && action.LatestAnswer is { } latest ? Texts.Format(Strings.ActionLatestAnswer, Progress(latest.Progress)) : null;
        return Texts.Format(answer is null ? Strings.ActionLine : Strings.ActionLineWithAnswer, Text(action), Owner(action, coalition), when, answer);
    }

    public static string Progress(ActionProgress progress) => progress switch
    {
        ActionProgress.Done => Strings.ActionProgressDone,
        ActionProgress.Stuck => Strings.ActionProgressStuck,
        _ => Strings.ActionProgressNotYet,
    };
}
