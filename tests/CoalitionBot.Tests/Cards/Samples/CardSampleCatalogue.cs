using CoalitionBot.Cards;
using static CoalitionBot.Tests.Cards.Samples.DialogCardSamples;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// Every kind of card the bot can send, in both languages. A new card is one more line here;
/// the tests then write its sample, validate it against the Adaptive Cards 1.5 schema, check its size,
/// and the browser tests render it with the official renderer.
/// </summary>
public static class CardSampleCatalogue
{
    public static readonly IReadOnlyList<CardSample> All =
    [
        .. BothLanguages("introduction-form", () => Form(Introduction)),
        .. BothLanguages("introduction-form-errors", () => Submitted(Introduction, new() { ["organisation"] = "", ["role"] = "uitvoerder", ["hours"] = "200" })),
        .. BothLanguages("introduction-confirmation", () => Submitted(Introduction, new() { ["organisation"] = "GGD Hollands Midden", ["role"] = "uitvoerder", ["hours"] = "12" })),
        .. BothLanguages("check-in-form", () => Form(CheckIn, CheckInRoundOptions)),
        .. BothLanguages("check-in-form-errors", () => Submitted(CheckIn, new(CheckInAnswers()) { ["scoreProcess"] = "11", ["bottleneck"] = "" }, CheckInRoundOptions)),
        .. BothLanguages("check-in-confirmation", () => Submitted(CheckIn, CheckInAnswers(), CheckInRoundOptions)),
        .. BothLanguages("three-bs-form", () => Form(ThreeBsDialog, env => GoalOptions(env, ThreeBsDialog(env)))),
        .. BothLanguages("three-bs-form-errors", () => Submitted(ThreeBsDialog, new(ThreeBsAnswers()) { ["partner"] = "new", ["intention"] = "" }, env => CoalitionOptions(env, ThreeBsDialog(env)))),
        .. BothLanguages("three-bs-confirmation", () => Submitted(ThreeBsDialog, ThreeBsAnswers(), env => CoalitionOptions(env, ThreeBsDialog(env)))),
        .. BothLanguages("leadership-form", () => Form(LeadershipDialog, env => GoalOptions(env, LeadershipDialog(env)))),
        .. BothLanguages("leadership-result", () => Submitted(LeadershipDialog, LeadershipAnswers(), env => CoalitionOptions(env, LeadershipDialog(env)))),
        .. BothLanguages("forces-form", () => Form(ForcesForm, env => GoalOptions(env, ForcesForm(env)))),
        .. BothLanguages("forces-form-errors", () => Submitted(ForcesForm, new(ForcesAnswers()) { ["for1"] = "", ["for2"] = "", ["against1"] = "", ["against2"] = "" }, env => CoalitionOptions(env, ForcesForm(env)))),
        .. BothLanguages("forces-confirmation", () => Submitted(ForcesForm, ForcesAnswers(), env => CoalitionOptions(env, ForcesForm(env)))),
        .. BothLanguages("roles-form", () => Form(RolesForm, env => CoalitionOptions(env, RolesForm(env)))),
        .. BothLanguages("roles-confirmation", () => Submitted(RolesForm, new() { ["member"] = "29:sample-member", ["role"] = "Lead" }, env => CoalitionOptions(env, RolesForm(env)))),
        .. BothLanguages("settings-form", () => Form(SettingsForm, env => CoalitionOptions(env, SettingsForm(env)))),
        .. BothLanguages("settings-confirmation", () => Submitted(SettingsForm, new() { ["minimumRespondents"] = "5", ["retentionMonths"] = "36" }, env => CoalitionOptions(env, SettingsForm(env)))),
        .. BothLanguages("phase-form", () => Form(PhaseForm, env => CoalitionOptions(env, PhaseForm(env)))),
        .. BothLanguages("phase-confirmation", () => Submitted(PhaseForm, new() { ["phase"] = "Established" }, env => CoalitionOptions(env, PhaseForm(env)))),
        .. BothLanguages("goal-form", () => Form(GoalForm, env => CoalitionOptions(env, GoalForm(env)))),
        .. BothLanguages("goal-confirmation", () => Submitted(GoalForm, new() { ["goal"] = "Elk kind in Leiden krijgt een kansrijke start: in 2027 bereiken we 80% van de zwangeren in een kwetsbare situatie vóór week 16." }, env => CoalitionOptions(env, GoalForm(env)))),
        .. BothLanguages("partners-overview", () => Build(env => CoalitionBot.Partners.PartnersOverview.Build(env.Coalition, canEdit: false))),
        .. BothLanguages("edit-partner-form", () => Form(EditPartner, env => CoalitionOptions(env, EditPartner(env)))),
        .. BothLanguages("administrative-lead-overview", () => Build(env => CoalitionBot.Partners.AdministrativeLeadCommand.Overview(env.Coalition, mayChange: false))),
        .. BothLanguages("administrative-lead-form", () => Form(AdministrativeLeadForm, env => CoalitionOptions(env, AdministrativeLeadForm(env)))),
        .. BothLanguages("administrative-lead-confirmation", () => Submitted(AdministrativeLeadForm, new() { ["name"] = "wethouder Van den Berg", ["partner"] = "gemeente" }, env => CoalitionOptions(env, AdministrativeLeadForm(env)))),
        .. BothLanguages("delete-my-data-form", () => Form(DeleteMyData)),
        .. BothLanguages("choose-coalition-form", () => Form(ChooseCoalition, TwoCoalitions)),
        .. BothLanguages("check-in-summary", SummaryCardSamples.CheckInSummary),
        .. BothLanguages("check-in-summary-too-few", SummaryCardSamples.TooFewAnswers),
        .. BothLanguages("leadership-summary", SummaryCardSamples.LeadershipSummary),
        .. BothLanguages("leadership-summary-split", SummaryCardSamples.LeadershipSummarySplit),
        .. BothLanguages("three-bs-summary", SummaryCardSamples.ThreeBsSummary),
        .. BothLanguages("forces-summary", SummaryCardSamples.ForcesSummary),
        .. BothLanguages("forces-summary-too-few", SummaryCardSamples.ForcesTooFew),
        .. BothLanguages("summary-overview", SummaryCardSamples.Overview),
        .. BothLanguages("check-in-summary-to-discuss", DiscussionCardSamples.CheckInSummaryToDiscuss),
        .. BothLanguages("check-in-summary-remarks", DiscussionCardSamples.CheckInSummaryRemarks),
        .. BothLanguages("reminder-form", () => Form(ReminderCardSamples.Dialog, ReminderCardSamples.Options)),
        .. BothLanguages("reminder-form-errors", () => Submitted(ReminderCardSamples.Dialog, ReminderCardSamples.WrongAnswers(), ReminderCardSamples.Options)),
        .. BothLanguages("reminder-saved", ReminderCardSamples.Saved),
        .. BothLanguages("reminder-late-actions", ReminderCardSamples.LateActions),
        .. BothLanguages("reminder-list", ReminderCardSamples.List),
        .. BothLanguages("reminder-report", ReminderCardSamples.Report),
        .. BothLanguages("reminder-check-in", ReminderCardSamples.Reminder),
        .. BothLanguages("reminder-follow-up", ReminderCardSamples.FollowUp),
        .. BothLanguages("reminder-message", ReminderCardSamples.Message),
        .. BothLanguages("check-in-trend", SummaryCardSamples.CheckInTrend),
        .. BothLanguages("check-in-summary-in-chat", SummaryCardSamples.CheckInSummaryInChat),
        .. BothLanguages("export-links", SummaryCardSamples.ExportLinks),
        .. BothLanguages("summary-pdf-link", SummaryCardSamples.SummaryPdfLink),
        .. BothLanguages("action-form", ActionCardSamples.NewForm),
        .. BothLanguages("action-confirmation", ActionCardSamples.Confirmation),
        .. BothLanguages("action-list", ActionCardSamples.LeadList),
        .. BothLanguages("check-in-form-actions", ActionCardSamples.CheckInWithAction),
        .. BothLanguages("check-in-summary-actions", ActionCardSamples.SummarySection),
    ];

    public static TheoryData<CardSample> Theory() => new(All);

    private static IEnumerable<CardSample> BothLanguages(string name, Func<Task<AdaptiveCard>> build) =>
        [new(name, "nl", build), new(name, "en", build)];
}
