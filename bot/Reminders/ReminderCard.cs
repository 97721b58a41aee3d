using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.CheckIns;
using CoalitionBot.Commands;
using CoalitionBot.Languages;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Reminders;

/// <summary>
/// The card a reminder sends, in the schedule's language: what is asked, the admin's message, and a button
/// that starts that dialog for whoever clicks it (card data {"command": "checkin"}, as a typed command).
/// </summary>
public static class ReminderCard
{
    /// <summary>Builds the card in <paramref name="language"/>.</summary>
    public static AdaptiveCard Build(ReminderTopic topic, string? message, ReminderPhase phase, string language) => BotCultures.Within(language, () =>
    {
        var (title, text, button, command) = topic switch
        {
            ReminderTopic.CheckIn => (Strings.ReminderCardCheckInTitle, Strings.ReminderCardCheckInText, Strings.ReminderCardCheckInButton, CheckInCommand.Route.Dutch),
            ReminderTopic.ThreeBs => (Strings.ReminderCardThreeBsTitle, Strings.ReminderCardThreeBsText, Strings.ReminderCardThreeBsButton, ThreeBsCommand.Route.Dutch),
            ReminderTopic.Leadership => (Strings.ReminderCardLeadershipTitle, Strings.ReminderCardLeadershipText, Strings.ReminderCardLeadershipButton, LeadershipCommand.Route.Dutch),
            _ => (Strings.ReminderCardMessageTitle, MemberText.Escape(message ?? string.Empty), null, null),
        };
        if (phase == ReminderPhase.FollowUp) text = $"{Strings.ReminderCardFollowUp} {text}";
        if (topic != ReminderTopic.Message && message is { Length: > 0 }) text = $"{text}\n\n{MemberText.Escape(message)}";
        var card = MessageCard.Build(title, text, facts: null, CardLanguage.Current);
        return command is null ? card : card with
        {
            Actions = [new SubmitAction { Title = button!, Style = ActionStyle.Positive, Data = CommandButtons.Data(command) }],
        };
    });
}
