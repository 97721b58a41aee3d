namespace CoalitionBot.Infra.Tests.Settings;

/// <summary>
/// Every configuration key the bot reads, as ':'-separated names. The one list the deployment
/// (infra/main.bicep), appsettings.template.json and the settings table in docs/settings.md are checked against:
/// when the bot starts reading a new setting, add it here and the tests show each place to update.
/// That this is what the code reads is checked on the bot's side: CoalitionBot.Tests'
/// SettingsReadByCodeTests compares the template with the bot's options classes.
/// </summary>
public static class SettingsTheBotReads
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        // The bot's identity (BotFrameworkOptions), at the configuration root as Microsoft's SDK names them.
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        "MicrosoftAppType",
        "BotOpenIdMetadata",
        "AllowEmulatorTokens",
        "PublicUrl",
        // The document store (StorageOptions).
        "Storage:ConnectionString",
        "Storage:AccountUrl",
        "Storage:ContainerName",
        "Storage:LocalPath",
        "Storage:NetworkTimeout",
        // The reminder scheduler (ReminderOptions).
        "Reminders:TickInterval",
        "Reminders:CatchUpWindow",
        "Reminders:LeaseDuration",
        // The retention purge (PrivacyOptions).
        "Privacy:PurgeInterval",
        // Telemetry.
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
    };
}
