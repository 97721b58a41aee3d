using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>"fase": a lead or admin sets the coalition's phase, which the leadership advice uses; members only see it.</summary>
public sealed class PhaseEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Admin = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("phase");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private Task<Coalition?> CoalitionAsync() => Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None);

    [Fact]
    public async Task An_admin_sets_the_phase_with_the_form_and_it_is_stored_with_the_current_schema()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var calls = await admin.SayAsync("fase", expectedCalls: 2);
        Assert.Contains("nog niet ingesteld", calls[0].Card!.ToJsonString());
        var data = calls[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["phase"] = "Growing";

        var done = Assert.Single(await admin.SubmitAsync(data, "card-2"));

        Assert.Contains("Groeiend", done.Card!.ToJsonString());
        var saved = (await CoalitionAsync())!;
        Assert.Equal(CoalitionPhase.Growing, saved.Phase);
        Assert.Equal(Coalition.CurrentSchemaVersion, saved.SchemaVersion);
    }

    [Fact]
    public async Task A_member_sees_the_phase_read_only_and_a_forged_form_changes_nothing()
    {
        var member = new DialogConversation(Bot, Channel, "en-GB");

        var overview = Assert.Single(await member.SayAsync("phase")).Card!.ToJsonString();
        Assert.Contains("Only a lead or admin can change the phase.", overview);

        var admin = new DialogConversation(Bot, Channel, "en-GB", member: Admin);
        var form = (await admin.SayAsync("phase", expectedCalls: 2))[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        form["phase"] = "Established";
        await member.SubmitAsync(form, "card-2");

        Assert.Null((await CoalitionAsync())!.Phase);
    }
}
