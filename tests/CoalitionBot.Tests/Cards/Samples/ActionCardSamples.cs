using CoalitionBot.Actions;
using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Dialogs;
using CoalitionBot.Storage;
using CoalitionBot.Summaries;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>The actions' cards: the form, its confirmation, the lead's list, the check-in's question and the summary's section.</summary>
internal static class ActionCardSamples
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    /// <summary>Late, open and done: the actions agreed in the last two meetings.</summary>
    private static CoalitionActions Agreed() => new CoalitionActions()
        .WithNew(n => Action(n, "Werkplan delen met de wethouder en de zorgverzekeraar", "29:sample-member", "Katinka Jansen", Today.AddDays(-5)))
        .WithNew(n => Action(n, "Huisartsen uitnodigen voor het overleg van december", "29:sample-lead", "Ahmed el Amrani", Today.AddDays(20)) with
        {
            LatestAnswer = new ActionAnswer(ActionProgress.NotYet, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)),
        })
        .WithNew(n => Action(n, "Wijkteams betrekken bij de kraamzorgroute", null, null, Today.AddDays(35)))
        .WithNew(n => Action(n, "Verloskundigen vragen naar hun knelpunten", "29:sample-member", "Katinka Jansen", Today.AddDays(-1))
            .MarkedDone(new DateTimeOffset(2026, 10, 30, 14, 0, 0, TimeSpan.Zero)));

    private static ActionItem Action(int number, string text, string? ownerId, string? ownerName, DateOnly due) => new()
    {
        Number = number, Text = text, Due = due, Owner = ownerId is null ? null : new ActionOwner(ownerId, ownerName), CreatedBy = DialogSampleEnvironment.Admin,
    };

    private static Dialog Form(DialogSampleEnvironment env) =>
        new ActionDialog(new ActionStore(env.Store, new DocumentUpdater(env.Store)), env.CheckInStore, env.Coalitions, env.Time);

    public static async Task<AdaptiveCard> NewForm()
    {
        using var env = new DialogSampleEnvironment();
        var dialog = (ActionDialog)Form(env);
        return await env.FormAsync(dialog, await dialog.StartOptionsAsync(env.Coalition, existing: null, CancellationToken.None));
    }

    public static async Task<AdaptiveCard> Confirmation()
    {
        using var env = new DialogSampleEnvironment();
        var dialog = (ActionDialog)Form(env);
        return await env.SubmitAsync(dialog, await dialog.StartOptionsAsync(env.Coalition, existing: null, CancellationToken.None), new Dictionary<string, string?>
        {
            ["text"] = "Werkplan delen met de wethouder en de zorgverzekeraar", ["owner"] = "29:sample-member", ["due"] = "20-11-2026",
        });
    }

    public static Task<AdaptiveCard> LeadList()
    {
        using var env = new DialogSampleEnvironment();
        return Task.FromResult(Assert.Single(ActionListCard.Build(Agreed().Items, env.Coalition, Today, forLead: true)));
    }

    /// <summary>The check-in of a member who owns an open action: asked about it first.</summary>
    public static async Task<AdaptiveCard> CheckInWithAction()
    {
        using var env = new DialogSampleEnvironment();
        var store = new ActionStore(env.Store, new DocumentUpdater(env.Store));
        await store.UpdateAsync(env.Coalition.Id, _ => Agreed(), CancellationToken.None);
        var questions = new ActionCheckInQuestions(store, env.Time);
        var dialog = new CheckInDialog(env.CheckInStore, questions, env.Time);
        var options = dialog.StartOptions(env.Coalition, new CheckInRound { RoundId = "2026-11-02T093000", Name = "Overleg 12 november", OpenedAt = env.Time.GetUtcNow() });
        return await env.FormAsync(dialog, await questions.WithOwnActionsAsync(options, env.Coalition.Id, "29:sample-lead", CancellationToken.None));
    }

    /// <summary>The check-in summary's last card, with the actions to discuss.</summary>
    public static Task<AdaptiveCard> SummarySection()
    {
        using var env = new DialogSampleEnvironment();
        var summary = CoalitionBot.Summaries.CheckInSummary.Of(
            Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6, others: 4, nextStep: "Wethouder uitnodigen")), previous: null, minimumRespondents: 3)
            with { Actions = ActionsOverview.Of(Agreed(), env.Coalition, Today, doneSince: null) };
        return Task.FromResult(CheckInSummaryCard.Build(summary)[^1]);
    }
}
