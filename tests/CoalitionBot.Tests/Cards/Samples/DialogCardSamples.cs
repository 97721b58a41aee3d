using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.CoalitionSettings;
using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.Introductions;
using CoalitionBot.Partners;
using CoalitionBot.Roles;
using CoalitionBot.Storage;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>The dialogs' cards with realistic answers: forms, forms with the bot's objections, confirmations.</summary>
internal static class DialogCardSamples
{
    public static Task<AdaptiveCard> Form(Func<DialogSampleEnvironment, Dialog> dialog, Func<DialogSampleEnvironment, IReadOnlyDictionary<string, string>>? options = null) =>
        Build(env => env.FormAsync(dialog(env), (options ?? NoOptions)(env)));

    public static Task<AdaptiveCard> Submitted(Func<DialogSampleEnvironment, Dialog> dialog, Dictionary<string, string?> inputs, Func<DialogSampleEnvironment, IReadOnlyDictionary<string, string>>? options = null) =>
        Build(env => env.SubmitAsync(dialog(env), (options ?? NoOptions)(env), inputs));

    /// <summary>A card that is not a dialog's, built from the sample coalition.</summary>
    public static Task<AdaptiveCard> Build(Func<DialogSampleEnvironment, AdaptiveCard> build) => Build(env => Task.FromResult(build(env)));

    private static async Task<AdaptiveCard> Build(Func<DialogSampleEnvironment, Task<AdaptiveCard>> build)
    {
        using var env = new DialogSampleEnvironment();
        return await build(env);
    }

    private static IReadOnlyDictionary<string, string> NoOptions(DialogSampleEnvironment env) => new Dictionary<string, string>();

    public static Dialog Introduction(DialogSampleEnvironment env) => new IntroductionDialog(new IntroductionStore(env.Store), env.Time);
    public static Dialog CheckIn(DialogSampleEnvironment env) => new CheckInDialog(env.CheckInStore, new CoalitionBot.Actions.ActionCheckInQuestions(new CoalitionBot.Actions.ActionStore(env.Store, new DocumentUpdater(env.Store)), env.Time), env.Time);
    public static Dialog ThreeBsDialog(DialogSampleEnvironment env) => new CoalitionBot.ThreeBs.ThreeBsDialog(env.Coalitions, env.ThreeBs, env.Time);
    public static Dialog RolesForm(DialogSampleEnvironment env) => new RolesDialog(env.Coalitions);
    public static Dialog SettingsForm(DialogSampleEnvironment env) => new SettingsDialog(env.Coalitions);
    public static Dialog PhaseForm(DialogSampleEnvironment env) => new PhaseDialog(env.Coalitions);
    public static Dialog GoalForm(DialogSampleEnvironment env) => new CoalitionBot.Goals.GoalDialog(env.Coalitions, env.Time);
    public static Dialog LeadershipDialog(DialogSampleEnvironment env) => new CoalitionBot.Leadership.LeadershipDialog(new CoalitionBot.Leadership.LeadershipStore(env.Store, new DocumentUpdater(env.Store), env.Coalitions), env.Time);
    public static Dialog ForcesForm(DialogSampleEnvironment env) => new CoalitionBot.Forces.ForceDialog(new CoalitionBot.Forces.ForceStore(env.Store, new DocumentUpdater(env.Store)), env.Coalitions, env.Time);

    /// <summary>Two forces for and two against, one of them left at "middel".</summary>
    public static Dictionary<string, string?> ForcesAnswers() => new()
    {
        ["for1"] = "De wethouder maakt Kansrijke Start tot speerpunt", ["for1Strength"] = "strong",
        ["for2"] = "Verloskundigen en JGZ kennen elkaar al goed", ["for2Strength"] = "medium",
        ["for3"] = "", ["for3Strength"] = "medium",
        ["against1"] = "Huisartsen hebben geen tijd voor overleg", ["against1Strength"] = "strong",
        ["against2"] = "Financiering na 2027 is onzeker", ["against2Strength"] = "medium",
        ["against3"] = "", ["against3Strength"] = "medium",
    };

    public static Dialog EditPartner(DialogSampleEnvironment env) => new EditPartnerDialog(env.Coalitions);
    public static Dialog AdministrativeLeadForm(DialogSampleEnvironment env) => new AdministrativeLeadDialog(env.Coalitions, env.Time);
    public static Dialog DeleteMyData(DialogSampleEnvironment env) => new CoalitionBot.PersonalData.DeleteMyDataDialog(null!); // the form needs no data service
    public static Dialog ChooseCoalition(DialogSampleEnvironment env) => new ChooseCoalitionDialog();

    public static IReadOnlyDictionary<string, string> CoalitionOptions(DialogSampleEnvironment env, Dialog dialog) =>
        ((CoalitionDialog)dialog).StartOptions(env.Coalition, "");

    /// <summary>The sample coalition's goal, as it heads the methods' forms and the summaries.</summary>
    public const string SampleGoal = "Elk kind in Leiden krijgt een kansrijke start: in 2027 bereiken we 80% van de zwangeren in een kwetsbare situatie vóór week 16.";

    /// <summary>The options of a method's form in a coalition that recorded its goal.</summary>
    public static IReadOnlyDictionary<string, string> GoalOptions(DialogSampleEnvironment env, Dialog dialog) =>
        ((CoalitionDialog)dialog).StartOptions(env.Coalition.WithGoal(SampleGoal, DateTimeOffset.UnixEpoch), "");

    public static IReadOnlyDictionary<string, string> TwoCoalitions(DialogSampleEnvironment env) =>
        ChooseCoalitionDialog.StartOptions([new CoalitionMembership(env.Coalition.Id, env.Coalition.Name), new CoalitionMembership(new CoalitionId("sample-tenant", "19:other@thread.tacv2"), "Gezond Gewicht Alphen")], "checkin");

    /// <summary>The check-in started in the round a lead opened for the next meeting.</summary>
    public static IReadOnlyDictionary<string, string> CheckInRoundOptions(DialogSampleEnvironment env) =>
        ((CheckInDialog)CheckIn(env)).StartOptions(env.Coalition, new CheckInRound { RoundId = "2026-11-02T093000", Name = "Overleg 12 november", OpenedAt = env.Time.GetUtcNow() });

    public static Dictionary<string, string?> CheckInAnswers() => new()
    {
        ["scoreAmbition"] = "8",
        ["remarkAmbition"] = "We willen allemaal dat elk kind gezond opgroeit.",
        ["scoreInterests"] = "6",
        ["remarkInterests"] = "",
        ["scoreRelationship"] = "7",
        ["remarkRelationship"] = "Open gesprekken, ook over lastige punten.",
        ["scoreProcess"] = "5",
        ["remarkProcess"] = "Overleggen lopen uit en besluiten blijven liggen.",
        ["scoreOrganisation"] = "6",
        ["remarkOrganisation"] = "",
        ["bottleneck"] = "De financiering na 2027 is nog niet rond.",
        ["grade"] = "7",
        ["wentWell"] = "De werksessie over de eerste 1000 dagen gaf energie.",
        ["nextStep"] = "Een werksessie met de wethouder en de zorgverzekeraar plannen.",
    };

    /// <summary>A member who leans to coaching, in a coalition that needs directing now.</summary>
    public static Dictionary<string, string?> LeadershipAnswers()
    {
        var plan = CoalitionBot.Tests.Leadership.AnswerPlan.CoachInNeedOfDirecting;
        var answers = plan.Choices.ToDictionary(c => c.Key, c => (string?)c.Value.ToString());
        foreach (var (id, rating) in plan.RatingsById) answers[id] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return answers;
    }

    public static Dictionary<string, string?> ThreeBsAnswers() => new()
    {
        ["partner"] = "ggd",
        ["partnerName"] = "",
        ["partnerRole"] = "",
        ["partnerLevel"] = "",
        ["intention"] = "Elk kind in de regio een gezonde start geven, met aandacht voor kwetsbare gezinnen.",
        ["interest"] = "Minder gezondheidsverschillen en een sterkere positie in de wijk.",
        ["contribution"] = "Jeugdverpleegkundigen, cijfers uit de monitor en ervaring met huisbezoeken.",
        ["expectations"] = "Dat de gemeente de regie neemt en dat de verloskundigen kwetsbare zwangeren eerder melden.",
        ["own"] = "no",
        ["attitudeReason"] = "De GGD voert de monitor uit en ziet de coalitie als de plek om die cijfers te gebruiken.",
        ["influence"] = "4",
        ["involvement"] = "5",
        ["attitude"] = "Supportive",
    };
}
