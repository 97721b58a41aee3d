using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.CheckIns;

/// <summary>
/// The common ground ("gemeenschappelijke deler": gelijkwaardigheid, gedeeld eigenaarschap, wederkerigheid): an admin turns
/// it on in the settings, and from then on the check-in asks it and the summary shows it; other coalitions are asked the five.
/// </summary>
public sealed class CommonGroundEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("commonground");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    private static List<string> InputIds(JsonNode form) =>
        [.. form["body"]!.AsArray().Where(e => e!["id"] is not null).Select(e => e!["id"]!.GetValue<string>())];

    [Fact]
    public async Task Turned_on_in_the_settings_the_check_in_asks_the_common_ground_and_saves_it()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Installer);
        var admin = new DialogConversation(Bot, Channel, member: CoalitionSetup.Installer);
        Assert.DoesNotContain("scoreEquality", InputIds(Assert.Single(await admin.SayAsync("checkin")).Card!));
        await admin.SayAsync("annuleer");

        // The settings as they are, then the form.
        var settings = (await admin.SayAsync("instellingen", expectedCalls: 2)).Last().Card!;
        Assert.Contains("gemeenschappelijke deler", settings.ToJsonString());
        var values = settings["actions"]![0]!["data"]!.DeepClone().AsObject();
        values["minimumRespondents"] = "3";
        values["retentionMonths"] = "24";
        values["commonGround"] = "yes";
        var saved = Assert.Single(await admin.SubmitAsync(values, "card-1")).Card!.ToJsonString();
        Assert.Contains("Gemeenschappelijke deler in de check-in", saved);
        Assert.True((await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!.AsksCommonGround);

        var form = Assert.Single(await admin.SayAsync("checkin")).Card!;
        var ids = InputIds(form);
        Assert.Contains("scoreEquality", ids);
        Assert.Contains("scoreSharedOwnership", ids);
        Assert.Contains("scoreReciprocity", ids);
        Assert.Contains("Gelijkwaardigheid: hoe goed telt de stem van elke partner mee", form.ToJsonString());
        Assert.Contains("wie de regie voert", form.ToJsonString()); // proces asks about regie and decisions

        var answers = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var id in ids.Where(i => i.StartsWith("score", StringComparison.Ordinal))) answers[id] = "7";
        answers["grade"] = "7";
        answers["bottleneck"] = "Te weinig tijd";
        answers["nextStep"] = "Werksessie plannen";
        await admin.SubmitAsync(answers, "card-2");

        var round = await Bot.Services.GetRequiredService<CheckInStore>().OpenRoundAsync(CoalitionSetup.Id, CancellationToken.None);
        Assert.Equal(8, Assert.Single(round!.Answers.Values).Scores.Count);
    }

    [Fact]
    public async Task With_a_goal_the_ambition_question_refers_to_it()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Installer);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c.WithGoal("Elk kind een kansrijke start", Now), CancellationToken.None);

        var form = Assert.Single(await new DialogConversation(Bot, Channel, member: CoalitionSetup.Installer).SayAsync("checkin")).Card!.ToJsonString();

        Assert.Contains("Elk kind een kansrijke start", form);
        Assert.Contains("Ambitie: hoe goed delen de partners het doel hierboven?", form);
    }
}
