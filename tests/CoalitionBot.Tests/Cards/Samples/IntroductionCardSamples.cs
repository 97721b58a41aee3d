using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.Dialogs;
using CoalitionBot.Introductions;
using CoalitionBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>
/// The demo dialog's cards, made by the bot's own dialog engine: the form as it is first sent, the form as
/// the bot returns it after a refused submission, and the confirmation that replaces the form.
/// </summary>
internal static class IntroductionCardSamples
{
    // Fixed, so the sample files only change when the cards do (the bot uses a new id per form).
    private const string FormId = "3f6e0c1a9b7d4e2f8a5c1d0e9b8a7c6d";

    public static Task<AdaptiveCard> FormAsync()
    {
        using var sample = new DialogSample();
        return Task.FromResult(DialogRunner.FormFor(sample.Dialog, sample.Context, sample.Active, new Dictionary<string, string>(), errors: null, errorSummary: null));
    }

    /// <summary>A client that does not check inputs itself sent an empty organisation and too many hours.</summary>
    public static Task<AdaptiveCard> FormWithErrorsAsync() =>
        SubmitAsync(new Dictionary<string, string?> { ["organisation"] = "", ["role"] = "uitvoerder", ["hours"] = "200" });

    public static Task<AdaptiveCard> ConfirmationAsync() =>
        SubmitAsync(new Dictionary<string, string?> { ["organisation"] = "GGD Hollands Midden", ["role"] = "uitvoerder", ["hours"] = "12" });

    private static async Task<AdaptiveCard> SubmitAsync(IReadOnlyDictionary<string, string?> inputs)
    {
        using var sample = new DialogSample();
        var session = new StateSession("state/sample", new ConversationUserState { Dialog = sample.Active }, eTag: null);
        var reply = await sample.Runner.SubmitFormAsync(sample.Context.Turn, session, new FormSubmission(IntroductionDialog.DialogId, FormId, FormSubmission.SubmitAction, inputs), CancellationToken.None);
        return reply.Card ?? throw new InvalidOperationException($"The dialog answered with text instead of a card: {reply.Text}");
    }

    /// <summary>The dialog engine on a throw-away local store, in a 1:1 chat with a sample member.</summary>
    private sealed class DialogSample : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("coalitionbot-samples-").FullName;
        private readonly HttpClient unusedConnector = new();

        public DialogSample()
        {
            var store = new LocalDocumentStore(folder, NullLogger<LocalDocumentStore>.Instance);
            Dialog = new IntroductionDialog(store);
            Runner = new DialogRunner([Dialog], new ConversationUserStateStore(store), TimeProvider.System);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = "msteams",
                ServiceUrl = "https://smba.trafficmanager.net/emea/",
                From = new ChannelAccount { Id = "29:sample-member", Name = "Katinka Jansen" },
                Recipient = new ChannelAccount { Id = "28:sample-bot", Name = "CoalitionBot" },
                Conversation = new ConversationAccount { Id = "a:sample-personal-chat", ConversationType = "personal", TenantId = "sample-tenant" },
            };
            Context = new DialogContext(new TurnContext(activity, new ConnectorClient(unusedConnector)), new Dictionary<string, string>());
        }

        public IntroductionDialog Dialog { get; }
        public DialogRunner Runner { get; }
        public DialogContext Context { get; }
        public ActiveDialog Active { get; } = new() { DialogId = IntroductionDialog.DialogId, FormId = FormId, Mode = DialogMode.Card };

        public void Dispose()
        {
            unusedConnector.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
