using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Benchmarks.Reporting;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// The end of a meeting: every member opens the check-in form in their 1:1 chat and they all submit it at the same
/// moment, into one round; then the same with the 3 B's of one partner. Once to warm up, then
/// <see cref="BenchmarkOptions.Rounds"/> times measured; the save turns (the submits) are timed apart from the turns that
/// only open a form. Afterwards the round and the partner must hold every member's answer exactly once.
/// </summary>
public static class MeetingScenario
{
    private const string TeamId = "19:bench-meeting-team@thread.tacv2";
    private static readonly RosterMember Admin = new("29:bench-admin", "Joost van Dijk");
    private static readonly string[] Aspects = ["Ambition", "Interests", "Relationship", "Process", "Organisation"];

    public static async Task<MeetingResult> RunAsync(RepositoryLayout layout, string storageKind, int size, BenchmarkOptions options, TextWriter progress)
    {
        var members = Enumerable.Range(1, size)
            .Select(i => new RosterMember($"29:bench-member-{i.ToString("D4", CultureInfo.InvariantCulture)}", $"Lid {i}")).ToList();
        await using var run = await BenchRun.StartAsync(layout, $"meeting-{size}-{storageKind}", storageKind, [Admin, .. members]);
        var activities = new TeamsActivities(run.Channel.ServiceUrl, BenchRun.TenantId, TeamId);
        var partner = BenchPartner.All[0];

        await run.Turns.TurnAsync(activities.BotAddedToTeam(Admin.UserId));
        var admin = new SimulatedMember(Admin, activities, run.Turns, partner);
        foreach (var added in BenchPartner.All) await admin.ThreeBsByCardAsync(newPartner: added);

        var forms = new TurnDriver(run.Bot, run.Channel);
        var saves = new TurnDriver(run.Bot, run.Channel);
        progress.WriteLine($"meeting on {storageKind}: {size} members warm up");
        var warmUpFailures = await MeetAsync(members, activities, forms, saves, partner, "warm-up");
        if (warmUpFailures > 0) throw new UnexpectedReplyException($"{warmUpFailures} saves failed during the warm-up; see TestResults/benchmark/bot-meeting-{size}-{storageKind}.log.");

        progress.WriteLine($"meeting on {storageKind}: {size} members save at once, {options.Rounds} times, measured");
        var formLatencies = new LatencyLog();
        var saveLatencies = new LatencyLog();
        forms.Recording = formLatencies;
        saves.Recording = saveLatencies;
        var before = await run.Bot.StorageCallsAsync();
        var failed = 0;
        for (var round = 0; round < options.Rounds; round++) failed += await MeetAsync(members, activities, forms, saves, partner, $"meeting {round}");
        var calls = await run.Bot.StorageCallsAsync() - before;
        forms.Recording = saves.Recording = null;

        var stored = await StoredAsync(run, members, partner);
        var turns = formLatencies.Count + saveLatencies.Count;
        return new MeetingResult(storageKind, size, saveLatencies.Count, formLatencies.Count, failed + formLatencies.Failures + saveLatencies.Failures,
            stored, 2 * size, saveLatencies.Percentile(50), saveLatencies.Percentile(99), formLatencies.Percentile(50), formLatencies.Percentile(99),
            Math.Round((double)calls.BlobRequests / turns, 3), TurnsScenario.Megabytes(run.Bot.Memory().PeakBytes));
    }

    /// <summary>
    /// Everyone opens the check-in form, then everyone submits it at once; then the same with the 3 B's of the partner
    /// (a member has one dialog open at a time). The number of saves not confirmed.
    /// </summary>
    private static async Task<int> MeetAsync(List<RosterMember> members, TeamsActivities activities, TurnDriver forms, TurnDriver saves, BenchPartner partner, string bottleneck)
    {
        var checkIns = await Task.WhenAll(members.Select(async m => (Member: m, Form: FormOf(await forms.TurnAsync(activities.PersonalMessage(m.UserId, m.Name, "checkin"))))));
        var checkedIn = await Task.WhenAll(checkIns.Select(o => SubmitAsync(saves, activities, o.Member, o.Form, CheckInAnswers(o.Form, $"{bottleneck} {o.Member.Name}"))));
        var threeBs = await Task.WhenAll(members.Select(async m => (Member: m, Form: FormOf(await forms.TurnAsync(activities.PersonalMessage(m.UserId, m.Name, "3b"))))));
        var described = await Task.WhenAll(threeBs.Select(o => SubmitAsync(saves, activities, o.Member, o.Form, ThreeBsAnswers(o.Form, partner))));
        return checkedIn.Concat(described).Count(confirmed => !confirmed);
    }

    private static async Task<bool> SubmitAsync(TurnDriver saves, TeamsActivities activities, RosterMember member, ChannelMessage form, JsonObject value)
    {
        try
        {
            var replies = await saves.TurnAsync(activities.PersonalSubmit(member.UserId, member.Name, value, form.Id!));
            return replies.Any(r => r.IsUpdate && r.Id == form.Id);
        }
        catch (UnexpectedReplyException)
        {
            return false;
        }
    }

    private static ChannelMessage FormOf(IReadOnlyList<ChannelMessage> replies) =>
        replies.FirstOrDefault(r => r.Card is not null) ?? throw new UnexpectedReplyException("No form.");

    private static JsonObject SubmitData(ChannelMessage form) =>
        form.Card!["actions"]?.AsArray().Select(a => a?["data"]).OfType<JsonObject>()
            .OrderBy(d => d["action"]?.GetValue<string>() == "submit" ? 0 : 1).FirstOrDefault()?.DeepClone().AsObject()
        ?? throw new UnexpectedReplyException("The form has no submit button.");

    private static JsonObject CheckInAnswers(ChannelMessage form, string bottleneck)
    {
        var value = SubmitData(form);
        foreach (var aspect in Aspects) value["score" + aspect] = "7";
        value["grade"] = "7";
        value["bottleneck"] = bottleneck;
        value["nextStep"] = "Samen de wijkaanpak uitwerken";
        return value;
    }

    private static JsonObject ThreeBsAnswers(ChannelMessage form, BenchPartner partner)
    {
        var value = SubmitData(form);
        value["partner"] = partner.IdFrom(form.Card!);
        foreach (var (input, answer) in SimulatedMember.FormAnswers) value[input] = answer;
        return value;
    }

    /// <summary>Members with an answer in the round plus members with a description of the partner, read as the bot reads them.</summary>
    private static async Task<int> StoredAsync(BenchRun run, List<RosterMember> members, BenchPartner partner)
    {
        var coalition = new CoalitionId(BenchRun.TenantId, TeamId);
        var store = run.Storage.Store;
        var rounds = new CheckInStore(store, run.Storage.Updater, new CoalitionStore(store, run.Storage.Updater), TimeProvider.System);
        var round = (await rounds.NewestAsync(coalition, 1, CancellationToken.None)).Single();
        var threeBs = new ThreeBsStore(store, run.Storage.Updater);
        var described = 0;
        foreach (var id in await threeBs.PartnerIdsAsync(coalition, CancellationToken.None))
            if (await threeBs.GetAsync(coalition, id, CancellationToken.None) is { } descriptions) described = Math.Max(described, members.Count(m => descriptions.ByMember.ContainsKey(m.UserId)));
        return members.Count(m => round.Answers.ContainsKey(m.UserId)) + described;
    }
}
