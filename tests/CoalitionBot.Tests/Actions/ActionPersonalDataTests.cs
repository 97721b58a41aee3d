using System.Text;
using CoalitionBot.Actions;
using CoalitionBot.Coalitions;
using CoalitionBot.Exports;
using CoalitionBot.PersonalData;
using CoalitionBot.Privacy;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Actions;

/// <summary>
/// What actions keep about a person, on Azurite through the bot: "mijn gegevens" and its download list the actions they
/// own or recorded, "verwijder mijn gegevens" leaves the action without them ("geen eigenaar"), the leads' export
/// holds the actions, and the retention purge removes actions done or due longer ago than the retention.
/// </summary>
public sealed class ActionPersonalDataTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Anna = new("29:anna", "Anna de Vries"), Bram = new("29:bram", "Bram Peters");

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("action-data");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Anna, Bram);
    }

    private ActionStore Actions => Bot.Services.GetRequiredService<ActionStore>();

    /// <summary>Two actions of Anna's (one recorded by Bram), one of Bram's.</summary>
    private async Task AgreeAsync()
    {
        ActionItem Action(int number, string text, Member owner, string? createdBy, DateOnly due) => new()
        {
            Number = number, Text = text, Owner = new ActionOwner(owner.UserId, owner.Name), Due = due, CreatedBy = createdBy, CreatedAt = clock.GetUtcNow(),
        };
        await Actions.UpdateAsync(CoalitionSetup.Id, all => all
            .WithNew(n => Action(n, "Werkplan delen met de wethouder", Anna, CoalitionSetup.Installer.UserId, new DateOnly(2026, 11, 20)))
            .WithNew(n => Action(n, "Huisartsen uitnodigen", Anna, Bram.UserId, new DateOnly(2026, 12, 1)))
            .WithNew(n => Action(n, "Begroting voorleggen", Bram, CoalitionSetup.Installer.UserId, new DateOnly(2026, 12, 15))), CancellationToken.None);
    }

    [Fact]
    public async Task My_data_counts_and_exports_the_actions_a_person_owns_or_recorded()
    {
        await AgreeAsync();

        var card = Assert.Single(await new DialogConversation(Bot, Channel, member: Bram).SayAsync("mijn gegevens")).Card!.Readable();
        Assert.Contains("Acties waarvan je eigenaar bent of die je vastlegde", card);

        var export = await Bot.Services.GetRequiredService<PersonalDataService>().ExportAsync(new PersonRef("msteams", CoalitionSetup.TenantId, Bram.UserId), CancellationToken.None);
        var actions = Assert.Single(export["coalitions"]!.AsArray())!["actions"]!.AsArray();
        Assert.Equal(["Huisartsen uitnodigen", "Begroting voorleggen"], actions.Select(a => a!["text"]!.GetValue<string>()));
        Assert.Equal((false, true), (actions[0]!["owner"]!.GetValue<bool>(), actions[0]!["createdByYou"]!.GetValue<bool>()));
        Assert.Equal((true, "2026-12-15"), (actions[1]!["owner"]!.GetValue<bool>(), actions[1]!["due"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Deleting_my_data_keeps_the_action_without_its_owner_or_recorder()
    {
        await AgreeAsync();
        var anna = new DialogConversation(Bot, Channel, member: Anna);
        var confirm = Assert.Single(await anna.SayAsync("verwijder mijn gegevens")).Card!;
        var yes = confirm["actions"]![0]!["data"]!.DeepClone().AsObject();
        yes["confirm"] = "yes";
        await anna.SubmitAsync(yes, "card-erase");

        var stored = await Actions.GetAsync(CoalitionSetup.Id, CancellationToken.None);
        Assert.Equal(3, stored.Items.Count);
        Assert.Null(stored.Find(1)!.Owner);
        Assert.Equal(Bram.UserId, stored.Find(2)!.CreatedBy);
        Assert.DoesNotContain(Anna.UserId, Encoding.UTF8.GetString((await Bot.Services.GetRequiredService<CoalitionBot.Storage.IDocumentStore>().ReadAsync(ActionStore.KeyOf(CoalitionSetup.Id), CancellationToken.None))!.Content.Span));
        Assert.DoesNotContain("Anna", Encoding.UTF8.GetString((await Bot.Services.GetRequiredService<CoalitionBot.Storage.IDocumentStore>().ReadAsync(ActionStore.KeyOf(CoalitionSetup.Id), CancellationToken.None))!.Content.Span));
        Assert.Contains("Werkplan delen met de wethouder (geen eigenaar, vóór 20 nov 2026)",
            ActionsEndToEndTests.Texts(await new DialogConversation(Bot, Channel, member: CoalitionSetup.Installer).SayAsync("acties")));
    }

    [Fact]
    public async Task The_leads_export_holds_the_actions()
    {
        await AgreeAsync();
        var coalition = (await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!;

        var export = await Bot.Services.GetRequiredService<CoalitionExportReader>().ReadAsync(coalition, CancellationToken.None);

        Assert.Equal(("Begroting voorleggen", "Bram Peters", new DateOnly(2026, 12, 15)), (export.Actions[2].Text, export.Actions[2].Owner, export.Actions[2].Due));
        var csv = Encoding.UTF8.GetString(ExportCsv.Write(export, "nl"));
        Assert.Contains("actie;;;;;2026-12-15;;;;;;Begroting voorleggen;", csv);
        Assert.Contains(";Bram Peters;open;", csv);
    }

    [Fact]
    public async Task The_retention_purge_removes_actions_done_or_due_longer_ago_than_the_retention()
    {
        await AgreeAsync();
        await Actions.UpdateAsync(CoalitionSetup.Id, all => all.WithChanged(3, a => a.MarkedDone(clock.GetUtcNow())), CancellationToken.None);
        // 24 months and a bit later: action 1 (due 20 November 2026) and the done action 3 go, action 2 (due 1 December 2026) stays.
        clock.SetUtcNow(new DateTimeOffset(2028, 11, 25, 9, 0, 0, TimeSpan.Zero));

        var report = await Bot.Services.GetRequiredService<RetentionPurge>().PurgeAsync(CoalitionSetup.Id, CancellationToken.None);

        Assert.Equal(2, report!.Actions);
        var kept = await Actions.GetAsync(CoalitionSetup.Id, CancellationToken.None);
        Assert.Equal([2], kept.Items.Select(a => a.Number));
        // Numbers are not handed out again.
        Assert.Equal(4, kept.WithNew(n => kept.Items[0] with { Number = n }).LastNumber);
    }
}
