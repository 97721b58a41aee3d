using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>"instellingen": an admin sets the minimum number of respondents and the retention period; others only see them.</summary>
public sealed class SettingsEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Admin = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("settings");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private Task<Coalition?> CoalitionAsync() => Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None);

    [Fact]
    public async Task An_admin_changes_the_settings_in_text_mode_and_out_of_range_answers_are_asked_again()
    {
        var inChannel = new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: Admin);
        var admin = new DialogConversation(Bot, Channel, member: Admin);

        // Asked in the channel, the settings and their questions come in the admin's own chat, where the answers follow.
        var start = (await inChannel.SayAsync("<at>CoalitionBot</at> instellingen tekst", expectedCalls: 4)).Where(c => c.Path.Contains(PersonalChatIds.Of(Admin.UserId), StringComparison.Ordinal)).ToList();
        Assert.Contains("\"value\":\"3\"", start[0].Card!.ToJsonString());
        Assert.Contains("(nu 3)", start[1].Text);
        Assert.Contains("3 tot en met 50", Assert.Single(await admin.SayAsync("2")).Text);
        await admin.SayAsync("5");
        Assert.Contains("6 tot en met 120", Assert.Single(await admin.SayAsync("500")).Text);
        Assert.Contains("gemeenschappelijke deler", Assert.Single(await admin.SayAsync("36")).Text);
        var done = Assert.Single(await admin.SayAsync("ja"));

        Assert.Contains("opgeslagen", done.Text);
        var saved = await CoalitionAsync();
        Assert.Equal(5, saved!.MinimumRespondents);
        Assert.Equal(36, saved.RetentionMonths);
        Assert.True(saved.AsksCommonGround);
    }

    [Fact]
    public async Task An_admin_changes_them_with_the_form()
    {
        var admin = new DialogConversation(Bot, Channel, "en-GB", member: Admin);
        var calls = await admin.SayAsync("settings", expectedCalls: 2);
        var data = calls[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data["minimumRespondents"] = "4";
        data["retentionMonths"] = "12";

        var done = Assert.Single(await admin.SubmitAsync(data, "card-2"));

        Assert.Contains("12 months", done.Card!.ToJsonString());
        Assert.Equal(4, (await CoalitionAsync())!.MinimumRespondents);
    }

    [Fact]
    public async Task A_member_sees_the_settings_read_only_and_a_forged_form_changes_nothing()
    {
        var member = new DialogConversation(Bot, Channel, "en-GB");

        var overview = Assert.Single(await member.SayAsync("settings")).Card!.ToJsonString();
        Assert.Contains("Only an admin can change them", overview);
        Assert.Contains("24 months", overview);

        // The form the admin gets, submitted by the member in their own chat: no dialog waits for it there.
        var admin = new DialogConversation(Bot, Channel, "en-GB", member: Admin);
        var form = (await admin.SayAsync("settings", expectedCalls: 2))[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        form["minimumRespondents"] = "50";
        form["retentionMonths"] = "6";
        await member.SubmitAsync(form, "card-2");

        var saved = await CoalitionAsync();
        Assert.Equal(3, saved!.MinimumRespondents);
        Assert.Equal(24, saved.RetentionMonths);
    }
}
