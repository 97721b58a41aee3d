namespace CoalitionBot.Reminders;

/// <summary>Who a delivery goes to: a member (their user id) or the team channel (its conversation id).</summary>
public sealed record ReminderRecipient(string Id, RecipientKind Kind);
