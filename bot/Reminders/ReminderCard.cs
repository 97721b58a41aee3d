using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Bots;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>
/// The card a reminder sends, in the schedule's language: what is asked, the admin's message, and a button
/// that starts that dialog for whoever clicks it (card data {"command": "checkin"}, as a typed command).
/// </summary>
public static class ReminderCard
{
    /// <summary>Builds the card in <paramref name="language"/>. Synchronous, so setting the culture here stays here.</summary>
    public static AdaptiveCard Build(ReminderTopic topic, string? message, ReminderPhase phase, string language)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = BotFramework.BotCultures.FromLocale(language);
        try
        {
            var (title, text, button, command) = topic switch
            {
                ReminderTopic.CheckIn => (Strings.ReminderCardCheckInTitle, Strings.ReminderCardCheckInText, Strings.ReminderCardCheckInButton, "checkin"),
                ReminderTopic.ThreeBs => (Strings.ReminderCardThreeBsTitle, Strings.ReminderCardThreeBsText, Strings.ReminderCardThreeBsButton, "3b"),
                ReminderTopic.Leadership => (Strings.ReminderCardLeadershipTitle, Strings.ReminderCardLeadershipText, Strings.ReminderCardLeadershipButton, "leiderschap"),
                _ => (Strings.ReminderCardMessageTitle, MemberText.Escape(message ?? string.Empty), null, null),
            };
            if (phase == ReminderPhase.FollowUp) text = $"{Strings.ReminderCardFollowUp} {text}";
            if (topic != ReminderTopic.Message && message is { Length: > 0 }) text = $"{text}\n\n{MemberText.Escape(message)}";
            var card = MessageCard.Build(title, text, facts: null, CardLanguage.Current);
            return command is null ? card : card with
            {
                Actions = [new SubmitAction { Title = button!, Style = ActionStyle.Positive, Data = new JsonObject { [CoalitionTeamsBot.CommandField] = command } }],
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
