using System.Globalization;
using System.Text.Json;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;
using static CoalitionBot.Reminders.ReminderForm;

namespace CoalitionBot.Reminders;

/// <summary>
/// An admin plans a reminder, or changes one: what it asks, how often and when, where it goes, and an optional
/// follow-up. Saved with the next three occurrences shown in local time, so a wrong schedule shows at once.
/// Whether the person is still an admin is checked again when it is saved.
/// </summary>
public sealed class ReminderDialog(ReminderScheduleStore schedules, CoalitionStore coalitions, TimeProvider time) : CoalitionDialog
{
    public const string DialogId = "reminder";
    private const string NumberOption = "number", ChannelOption = "channel", PrefillOption = "prefill";

    public override string Id => DialogId;
    public override string Title => Strings.ReminderFormTitle;
    public override string Intro => Strings.ReminderFormIntro;
    public override string StartCommand => ReminderCommand.Route.Word;

    /// <summary>For a new reminder (<paramref name="existing"/> null) or a change; the channel is where the card goes when it goes to a channel.</summary>
    public IReadOnlyDictionary<string, string> StartOptions(Coalition coalition, string teamChannelId, ReminderSchedule? existing)
    {
        var options = new Dictionary<string, string>(StartOptions(coalition, string.Empty)) { [ChannelOption] = teamChannelId };
        if (existing is null) return options;
        options[NumberOption] = existing.Number.ToString(CultureInfo.InvariantCulture);
        options[PrefillOption] = JsonSerializer.Serialize(AnswersOf(existing), ReminderJsonContext.Default.DictionaryStringString);
        return options;
    }

    public override IReadOnlyDictionary<string, string> Prefill(DialogContext context) =>
        context.Options.TryGetValue(PrefillOption, out var json)
            ? JsonSerializer.Deserialize(json, ReminderJsonContext.Default.DictionaryStringString) ?? []
            : new Dictionary<string, string> { [TopicKey] = TopicCheckIn, [RecurrenceKey] = Daily, [TimeKey] = "09:00", [TimeZoneKey] = ReminderSchedule.DefaultTimeZone, [WhereKey] = Members };

    /// <summary>Only what the chosen topic and frequency need: days for weekly, the day of the month for monthly, and so on.</summary>
    public override IReadOnlyList<Prompt> Prompts(DialogContext context, IReadOnlyDictionary<string, string> answers)
    {
        var recurrence = answers.GetValueOrDefault(RecurrenceKey);
        var prompts = new List<Prompt>
        {
            new ChoicePrompt(TopicKey, Strings.ReminderFormTopic, [new(Strings.ReminderTopicCheckIn, TopicCheckIn), new(Strings.ReminderTopicThreeBs, TopicThreeBs), new(Strings.ReminderTopicLeadership, TopicLeadership), new(Strings.ReminderTopicMessage, TopicMessage),
                new(Strings.ReminderTopicLateActions, TopicLateActions)]),
            new TextPrompt(MessageKey, Strings.ReminderFormMessage, 500) { IsRequired = false, IsMultiline = true },
            new ChoicePrompt(RecurrenceKey, Strings.ReminderFormRecurrence, [new(Strings.ReminderRecurrenceDaily, Daily), new(Strings.ReminderRecurrenceWeekly, Weekly), new(Strings.ReminderRecurrenceMonthly, Monthly), new(Strings.ReminderRecurrenceFirstWeekday, FirstWeekday), new(Strings.ReminderRecurrenceCron, Cron)]),
        };
        if (recurrence == Weekly) prompts.Add(new TextPrompt(DaysKey, Strings.ReminderFormDays, 100));
        if (recurrence == FirstWeekday) prompts.Add(new TextPrompt(DaysKey, Strings.ReminderFormFirstWeekday, 100));
        if (recurrence == Monthly) prompts.Add(new NumberPrompt(DayOfMonthKey, Strings.ReminderFormDayOfMonth, 1, 28));
        if (recurrence == Cron) prompts.Add(new TextPrompt(CronKey, Strings.ReminderFormCron, 100));
        prompts.Add(new TextPrompt(TimeKey, Strings.ReminderFormTime, 5));
        prompts.Add(new ChoicePrompt(TimeZoneKey, Strings.ReminderFormTimeZone, ReminderTimeZones.Choices(answers.GetValueOrDefault(TimeZoneKey))) { IsCompact = true, IsRequired = false });
        // Late actions go to their owners alone, whoever they are that day.
        if (answers.GetValueOrDefault(TopicKey) != TopicLateActions)
            prompts.Add(new ChoicePrompt(WhereKey, Strings.ReminderFormWhere, [new(Strings.ReminderWhereMembers, Members), new(Strings.ReminderWhereChannel, Channel), new(Strings.ReminderWhereBoth, Both)]));
        // A reminder with a message of its own has no answers to follow up.
        if (answers.GetValueOrDefault(TopicKey) is not (TopicMessage or TopicLateActions)) prompts.Add(new NumberPrompt(FollowUpKey, Strings.ReminderFormFollowUp, 0, 168) { IsRequired = false });
        return prompts;
    }

    public override IReadOnlyDictionary<string, string> ValidateTogether(DialogContext context, IReadOnlyDictionary<string, string> answers) => Validate(answers);

    public override async Task<DialogCompletion> CompleteAsync(DialogContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var activity = context.Turn.Activity;
        var coalitionId = CoalitionOf(context);
        var coalition = await coalitions.GetAsync(coalitionId, cancellationToken);
        if (coalition?.IsAdmin(activity.From!.Id!) != true)
            return new DialogCompletion(Strings.ReminderNotAllowed, Cards.Forms.MessageCard.Build(Strings.ReminderFormTitle, Strings.ReminderNotAllowed, null, CardLanguage.Current));

        var form = Parse(answers);
        var now = time.GetUtcNow();
        ReminderSchedule Apply(ReminderSchedule schedule) => schedule with
        {
            Topic = form.Topic,
            Message = form.Message,
            Recurrence = form.Recurrence,
            Time = form.Time,
            TimeZone = form.TimeZone,
            TeamChannelId = form.ToChannel ? context.Options[ChannelOption] : null,
            ToMembers = form.ToMembers,
            FollowUpHours = form.FollowUpHours,
            Language = CardLanguage.Current,
            ServiceUrl = activity.ServiceUrl!,
            ChannelId = activity.ChannelId!,
            Bot = activity.Recipient ?? new ChannelAccount(),
            ActiveSince = now, // a changed schedule owes nothing from before the change
        };

        var saved = context.Options.TryGetValue(NumberOption, out var number)
            ? await schedules.ChangeAsync(coalitionId, int.Parse(number, CultureInfo.InvariantCulture), Apply, cancellationToken)
            : await schedules.CreateAsync(coalitionId, n => Apply(New(coalitionId, n, activity.From!.Id!, now)), cancellationToken);
        if (saved is null)
            return new DialogCompletion(Strings.ReminderUnknownNumber, Cards.Forms.MessageCard.Build(Strings.ReminderFormTitle, Strings.ReminderUnknownNumber, null, CardLanguage.Current));

        var next = ReminderOccurrences.Next(saved, now, 3);
        return new DialogCompletion(ReminderDescription.Saved(saved, next), ReminderSavedCard.Build(saved, next));
    }

    private static ReminderSchedule New(CoalitionId coalition, int number, string createdBy, DateTimeOffset now) => new()
    {
        Coalition = coalition,
        Number = number,
        Recurrence = new ReminderRecurrence(RecurrenceKind.Daily),
        Time = "09:00",
        Topic = ReminderTopic.CheckIn,
        ServiceUrl = string.Empty,
        ChannelId = string.Empty,
        Bot = new ChannelAccount(),
        CreatedBy = createdBy,
        CreatedAt = now,
    };
}
