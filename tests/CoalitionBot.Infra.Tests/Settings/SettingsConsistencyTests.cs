namespace CoalitionBot.Infra.Tests.Settings;

/// <summary>The deployment, the settings template and docs/settings.md name exactly the settings the bot reads.</summary>
public sealed class SettingsConsistencyTests
{
    [Fact]
    public async Task Bicep_deploys_exactly_the_settings_the_bot_reads()
    {
        AssertSameNames("infra/main.bicep (webApp appSettings)", await SettingsSources.DeployedAsync());
    }

    [Fact]
    public void Settings_template_lists_exactly_the_settings_the_bot_reads()
    {
        AssertSameNames("appsettings.template.json", SettingsSources.Template());
    }

    [Fact]
    public void Documented_settings_table_describes_exactly_the_settings_the_bot_reads()
    {
        AssertSameNames("the settings table in docs/settings.md", SettingsSources.DocumentedTable());
    }

    private static void AssertSameNames(string source, IReadOnlySet<string> names)
    {
        var missing = SettingsTheBotReads.Names.Except(names).Order().ToList();
        var extra = names.Except(SettingsTheBotReads.Names).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{source} differs from {nameof(SettingsTheBotReads)}: missing [{string.Join(", ", missing)}], not read by the bot [{string.Join(", ", extra)}]");
    }
}
