using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using CoalitionBot.Actions;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Storage;

namespace CoalitionBot.Reminders;

/// <summary>
/// Delivers one job (a schedule's reminder or follow-up at one occurrence) to every recipient exactly once:
/// each recipient is claimed with a create-if-not-exists record before anything is sent, so a second
/// instance, a retry or a restart never sends again to a claimed recipient. A claim whose outcome was never
/// recorded (the process died between claiming and recording) is left as it is and reported "unconfirmed":
/// Teams has no idempotency key, so sending again could send twice, and this bot never does.
/// A run that storage broke off (the scheduler runs the job again) takes up this process's own claims that
/// never got as far as sending: this process knows which ones it sent.
/// The entry point a benchmark drives: <see cref="RunAsync"/>.
/// </summary>
public sealed partial class ReminderFanOut(
    DeliveryLog log,
    ReminderRoster roster,
    ReminderAnswers answers,
    ConversationReferenceStore references,
    CoalitionStore coalitions,
    CheckInStore rounds,
    ActionStore actions,
    TrustedServiceUrls trustedServiceUrls,
    FanOutConnector connectors,
    TimeProvider time,
    ILogger<ReminderFanOut> logger)
{
    /// <summary>Recipients in flight at once: enough to keep 50 requests a second busy over Teams' latency.</summary>
    public const int Parallelism = 16;

    /// <summary>The claim id of this process: its claims are its own to take up again, nobody else's.</summary>
    private readonly string claimId = Guid.NewGuid().ToString("N");

    /// <summary>Deliveries this process sent (or began to) whose outcome is not recorded yet: never sent again.</summary>
    private readonly ConcurrentDictionary<string, byte> sentUnrecorded = new(StringComparer.Ordinal);

    /// <summary>One run at a time in this process, so a claim of ours is never in flight in another run of ours.</summary>
    private readonly SemaphoreSlim oneRun = new(1, 1);

    public async Task<DeliveryReport> RunAsync(ReminderJob job, CancellationToken cancellationToken)
    {
        await oneRun.WaitAsync(cancellationToken);
        try
        {
            return await RunOneAsync(job, cancellationToken);
        }
        finally
        {
            oneRun.Release();
        }
    }

    private async Task<DeliveryReport> RunOneAsync(ReminderJob job, CancellationToken cancellationToken)
    {
        var schedule = job.Schedule;
        // The bot was removed from the team, or the team archived or deleted (also since the scheduler looked): nothing goes out.
        if (await coalitions.GetAsync(schedule.Coalition, cancellationToken) is { IsActive: false })
        {
            await log.RecordOccurrenceAsync(job, new OccurrenceRecord
            {
                Occurrence = job.Occurrence,
                Phase = job.Phase,
                Status = OccurrenceStatus.Skipped,
                Reason = OccurrenceRecord.CoalitionInactive,
                RecordedAt = time.GetUtcNow(),
            }, cancellationToken);
            LogInactive(schedule.Coalition.TeamId, schedule.Number, job.OccurrenceId, job.PhaseId);
            return DeliveryReport.Of([], new HashSet<string>());
        }
        // A check-in reminder asks for the open round's check-in: without one, it opens a round for the rest of the month.
        if (schedule.Topic == ReminderTopic.CheckIn && job.Phase == ReminderPhase.Reminder) await rounds.OpenRoundOrMonthAsync(schedule.Coalition, cancellationToken);
        // Stored from an admin's authenticated turn, so the bot's token may go there.
        trustedServiceUrls.Trust(schedule.ServiceUrl);
        var connector = connectors.Create();
        var cardFor = await CardsAsync(job, cancellationToken);
        // Each recipient with their card, built once; one without a card of their own (no late action any more, since the
        // roster was read) gets nothing.
        var recipients = (await roster.RecipientsAsync(job, connector, cancellationToken))
            .Select(r => (Recipient: r, Card: cardFor(r))).Where(r => r.Card is not null).Select(r => (r.Recipient, Card: r.Card!)).ToList();
        var inactive = await references.InactivePersonalAsync(schedule.ChannelId, cancellationToken);

        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(recipients, options, (r, token) => DeliverAsync(job, r.Recipient, inactive, r.Card, connector, token));

        var report = DeliveryReport.Of(await log.RecipientsAsync(job, cancellationToken), await answers.WhoAnsweredAsync(job, cancellationToken));
        await log.RecordOccurrenceAsync(job, new OccurrenceRecord { Occurrence = job.Occurrence, Phase = job.Phase, Status = OccurrenceStatus.Completed, RecordedAt = time.GetUtcNow() }, cancellationToken);
        LogReport(schedule.Coalition.TeamId, schedule.Number, job.OccurrenceId, job.PhaseId, recipients.Count, report.Reminded, report.Unconfirmed, report.Failed,
            string.Join(", ", report.FailedByReason.Select(f => $"{f.Key}: {f.Value}")));
        return report;
    }

    /// <summary>The card each recipient gets: the same for all, or for late actions each owner's own (null: nothing for them).</summary>
    private async Task<Func<ReminderRecipient, Attachment?>> CardsAsync(ReminderJob job, CancellationToken cancellationToken)
    {
        var schedule = job.Schedule;
        if (schedule.Topic != ReminderTopic.LateActions)
        {
            var card = Attachment.AdaptiveCard(ReminderCard.Build(schedule.Topic, schedule.Message, job.Phase, schedule.Language).ToJsonElement());
            return _ => card;
        }
        var late = LateActions.ByOwner(await actions.GetAsync(schedule.Coalition, cancellationToken), ActionDates.Today(time));
        return recipient => late.TryGetValue(recipient.Id, out var own) ? Attachment.AdaptiveCard(LateActionsCard.Build(own, schedule.Message, schedule.Language).ToJsonElement()) : null;
    }

    private async ValueTask DeliverAsync(ReminderJob job, ReminderRecipient recipient, IReadOnlySet<string> inactive, Attachment card, ConnectorClient connector, CancellationToken cancellationToken)
    {
        var claim = new DeliveryRecord { Recipient = recipient.Id, Kind = recipient.Kind, ClaimId = claimId, ClaimedAt = time.GetUtcNow() };
        var (claimed, _) = await log.TryClaimAsync(job, claim, cancellationToken);
        if (!claimed) return; // delivered, failed, or claimed by another process: never a second send
        var delivery = $"{job.Schedule.Coalition.Key("reminders", job.Schedule.Number.ToString(CultureInfo.InvariantCulture))} {job.OccurrenceId} {job.PhaseId} {recipient.Id}";
        if (!sentUnrecorded.TryAdd(delivery, 0)) return; // sent by an earlier run that storage broke off: unconfirmed

        // Once claimed, finish this one even when the bot is stopping, so a graceful stop leaves no unconfirmed claim.
        var outcome = await SendAsync(job.Schedule, recipient, inactive, card, connector, CancellationToken.None);
        await log.RecordAsync(job, outcome with { ClaimId = claim.ClaimId, ClaimedAt = claim.ClaimedAt, CompletedAt = time.GetUtcNow() }, CancellationToken.None);
        sentUnrecorded.TryRemove(delivery, out _);
    }

    private async Task<DeliveryRecord> SendAsync(ReminderSchedule schedule, ReminderRecipient recipient, IReadOnlySet<string> inactive, Attachment card, ConnectorClient connector, CancellationToken cancellationToken)
    {
        var record = new DeliveryRecord { Recipient = recipient.Id, Kind = recipient.Kind };
        var isMember = recipient.Kind == RecipientKind.Member;
        try
        {
            if (isMember && inactive.Contains(recipient.Id)) return record with { Status = DeliveryStatus.Inactive };
            var conversationId = isMember ? await PersonalConversationAsync(schedule, recipient.Id, connector, cancellationToken) : recipient.Id;
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = schedule.ChannelId,
                From = schedule.Bot,
                Conversation = new ConversationAccount { Id = conversationId, TenantId = schedule.Coalition.TenantId },
                Locale = schedule.Language,
                Attachments = [card],
            };
            await connector.SendToConversationAsync(schedule.ServiceUrl, conversationId, message, cancellationToken);
            return record with { Status = DeliveryStatus.Sent };
        }
        catch (ConnectorException e) when (e.IsNoAnswer)
        {
            // No answer at all (after the retries): it may or may not have arrived, but it was tried once; never again.
            return record with { Status = DeliveryStatus.Failed, Reason = "no answer" };
        }
        catch (ConnectorException e) when (e.IsConversationUnreachable)
        {
            var reason = ReasonOf(e.StatusCode, e.ErrorCode);
            if (isMember) await references.MarkPersonalInactiveAsync(schedule.ChannelId, recipient.Id, reason, time.GetUtcNow(), cancellationToken);
            return record with { Status = DeliveryStatus.Unreachable, Reason = reason };
        }
        catch (ConnectorException e)
        {
            return record with { Status = DeliveryStatus.Failed, Reason = ReasonOf(e.StatusCode, e.ErrorCode) };
        }
        catch (StorageUnavailableException)
        {
            // Thrown before a message went out (the lookups, or marking a refused chat inactive): not delivered, and reported.
            return record with { Status = DeliveryStatus.Failed, Reason = "storage unavailable" };
        }
    }

    /// <summary>The member's 1:1 chat: the one they used with the bot, else created (Teams hands back the existing one).</summary>
    private async Task<string> PersonalConversationAsync(ReminderSchedule schedule, string userId, ConnectorClient connector, CancellationToken cancellationToken)
    {
        if (await references.GetPersonalAsync(schedule.ChannelId, userId, cancellationToken) is { Conversation.Id: { Length: > 0 } known }) return known;
        return await connector.CreatePersonalConversationAsync(schedule.ServiceUrl, schedule.Bot, userId, schedule.Coalition.TenantId, cancellationToken);
    }

    private static string ReasonOf(HttpStatusCode status, string? errorCode) => errorCode is null ? $"{(int)status}" : $"{(int)status} {errorCode}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Number} of team {TeamId} at {Occurrence} ({Phase}) not sent: the coalition is inactive")]
    private partial void LogInactive(string teamId, int number, string occurrence, string phase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Number} of team {TeamId} at {Occurrence} ({Phase}): {Recipients} recipients, {Reminded} reminded, {Unconfirmed} unconfirmed, {Failed} failed [{Failures}]")]
    private partial void LogReport(string teamId, int number, string occurrence, string phase, int recipients, int reminded, int unconfirmed, int failed, string failures);
}
