using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;
using CoalitionBot.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// The bot's dialog engine and dialogs on a throw-away local store holding a realistic coalition, in a
/// 1:1 chat with a member: builds the cards a dialog sends exactly as a turn would.
/// </summary>
internal sealed class DialogSampleEnvironment : IDisposable
{
    // Fixed, so the sample files only change when the cards do (the bot uses a new id per form).
    public const string FormId = "3f6e0c1a9b7d4e2f8a5c1d0e9b8a7c6d";
    private static readonly DateTimeOffset SampleTime = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("coalitionbot-samples-").FullName;
    private readonly HttpClient unusedConnector = new();
    private readonly TurnContext turn;

    public DialogSampleEnvironment()
    {
        Store = new LocalDocumentStore(folder, NullLogger<LocalDocumentStore>.Instance);
        var updater = new DocumentUpdater(Store);
        Coalitions = new CoalitionStore(Store, updater);
        var time = new FixedTime(SampleTime);
        CheckInStore = new CheckInStore(Store, updater, Coalitions, time);
        ThreeBs = new ThreeBsStore(Store, updater);
        turn = new TurnContext(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            From = new ChannelAccount { Id = Admin, Name = "Annet de Vries" },
            Recipient = new ChannelAccount { Id = "28:sample-bot", Name = "CoalitionBot" },
            Conversation = new ConversationAccount { Id = "a:sample-personal-chat", ConversationType = "personal", TenantId = Coalition.Id.TenantId },
        }, new ConnectorClient(unusedConnector));
        Time = time;
    }

    public const string Admin = "29:sample-admin";

    /// <summary>
    /// A coalition for Kansrijke Start with three members and two partners: the municipality decides and funds at the
    /// bestuurlijk level, the GGD works at two levels; the alderman is its bestuurlijke trekker.
    /// </summary>
    public Coalition Coalition { get; } = new Coalition
    {
        Id = new CoalitionId("sample-tenant", "19:sample-team@thread.tacv2"),
        Name = "Kansrijke Start Leiden",
        Phase = CoalitionPhase.Growing,
        Partners =
        [
            new Partner("ggd", "GGD Hollands Midden", NetworkRole.Implementer) { Levels = [PartnerLevel.Tactical, PartnerLevel.Operational] },
            new Partner("gemeente", "Gemeente Leiden", NetworkRole.DecisionMaker) { MoreRoles = [NetworkRole.Funder], Levels = [PartnerLevel.Strategic] },
        ],
        AdministrativeLead = new AdministrativeLead("wethouder Van den Berg", "gemeente", DateTimeOffset.UnixEpoch),
    }
    .WithMember(Admin, "Annet de Vries", null, CoalitionRole.Admin)
    .WithMember("29:sample-member", "Katinka Jansen", null)
    .WithMember("29:sample-lead", "Ahmed el Amrani", null, CoalitionRole.Lead);

    public IDocumentStore Store { get; }
    public CoalitionStore Coalitions { get; }
    public CheckInStore CheckInStore { get; }
    public ThreeBsStore ThreeBs { get; }
    public TimeProvider Time { get; }

    /// <summary>The form as the dialog first sends it.</summary>
    public async Task<AdaptiveCard> FormAsync(Dialog dialog, IReadOnlyDictionary<string, string> options)
    {
        await SaveCoalitionAsync();
        var active = Active(dialog, options);
        var session = new StateSession("state/sample", new ConversationUserState { Dialog = active }, eTag: null, (_, _) => Task.CompletedTask);
        var context = new DialogContext(turn, options, session);
        return DialogRunner.FormFor(dialog, context, active, dialog.Prefill(context), errors: null, errorSummary: null);
    }

    /// <summary>What replaces the form after a submission: the form with the bot's objections, or the confirmation.</summary>
    public async Task<AdaptiveCard> SubmitAsync(Dialog dialog, IReadOnlyDictionary<string, string> options, IReadOnlyDictionary<string, string?> inputs)
    {
        await SaveCoalitionAsync();
        var runner = new DialogRunner([dialog], Time);
        var session = new StateSession("state/sample", new ConversationUserState { Dialog = Active(dialog, options) }, eTag: null, (_, _) => Task.CompletedTask);
        var reply = await runner.SubmitFormAsync(turn, session, new FormSubmission(dialog.Id, FormId, FormSubmission.SubmitAction, inputs), CancellationToken.None);
        return reply.Card ?? throw new InvalidOperationException($"The dialog answered with text instead of a card: {string.Join(" ", reply.Texts)}");
    }

    private Task SaveCoalitionAsync() => Coalitions.UpdateAsync(Coalition.Id, () => Coalition, c => c, CancellationToken.None);

    private static ActiveDialog Active(Dialog dialog, IReadOnlyDictionary<string, string> options) =>
        new() { DialogId = dialog.Id, FormId = FormId, Mode = DialogMode.Card, Options = options };

    public void Dispose()
    {
        unusedConnector.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
