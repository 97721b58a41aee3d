using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>"doel": leads and admins record the coalition's shared goal; every member reads it.</summary>
public sealed class GoalEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Admin = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");
    private const string Goal = "Elk kind in Leiden krijgt een kansrijke start: we bereiken in 2027 80% van de kwetsbare zwangeren vóór week 16.";

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("goal");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private Task<Coalition?> CoalitionAsync() => Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None);

    [Fact]
    public async Task An_admin_records_the_goal_and_a_member_reads_it()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var calls = await admin.SayAsync("doel", expectedCalls: 2);
        Assert.Contains("nog geen gezamenlijk doel", calls[0].Card!.ToJsonString());
        var data = calls[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["goal"] = Goal;

        var done = Assert.Single(await admin.SubmitAsync(data, "card-2"));

        Assert.Contains("Het doel is vastgelegd.", done.Card!.ToJsonString());
        var saved = (await CoalitionAsync())!;
        Assert.Equal(Goal, saved.Goal!.Text);
        Assert.Equal(Coalition.CurrentSchemaVersion, saved.SchemaVersion);

        var member = new DialogConversation(Bot, Channel, "en-GB");
        var read = Assert.Single(await member.SayAsync("goal")).Card!.ToJsonString();
        Assert.Contains("80% van de kwetsbare zwangeren", read);
        Assert.Contains("Only a lead or admin can change the goal.", read);
    }

    [Fact]
    public async Task A_member_cannot_change_it_with_a_forged_form()
    {
        var admin = new DialogConversation(Bot, Channel, "en-GB", member: Admin);
        var form = (await admin.SayAsync("goal", expectedCalls: 2))[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        form["goal"] = "Iets anders";
        var member = new DialogConversation(Bot, Channel, "en-GB");
        await member.SubmitAsync(form, "card-2");

        Assert.Null((await CoalitionAsync())!.Goal);
    }

    [Fact]
    public async Task The_goal_heads_the_method_forms_and_the_summaries_but_not_the_management_forms()
    {
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException("installed"),
            c => c.WithGoal(Goal, DateTimeOffset.UnixEpoch), CancellationToken.None);
        var admin = new DialogConversation(Bot, Channel, member: Admin);

        foreach (var method in new[] { "3b", "leiderschap", "checkin" })
        {
            var form = (await admin.SayAsync(method)).Last().Card!["body"]!.AsArray();
            Assert.StartsWith("**Ons doel:** Elk kind in Leiden", form[1]!["text"]!.GetValue<string>());
            await admin.SayAsync("stop");
        }
        var text = Assert.Single(await admin.SayAsync("3b tekst")).Text!;
        Assert.Contains("**Ons doel:** Elk kind in Leiden", text);
        await admin.SayAsync("stop");

        var settings = (await admin.SayAsync("instellingen", expectedCalls: 2))[1].Card!.ToJsonString();
        Assert.DoesNotContain("Ons doel", settings);
        await admin.SayAsync("stop");

        foreach (var topic in new[] { "samenvatting", "samenvatting leiderschap", "samenvatting 3b" })
        {
            var summary = (await admin.SayAsync(topic)).First().Card!["body"]!.AsArray();
            Assert.StartsWith("**Ons doel:** Elk kind in Leiden", summary[1]!["text"]!.GetValue<string>());
        }
    }
}
