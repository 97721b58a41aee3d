namespace CoalitionBot.BotFramework;

/// <summary>
/// The bot's identity, with the setting names Microsoft's SDK uses (read from the configuration root).
/// An empty <see cref="MicrosoftAppId"/> means local development: no tokens, loopback callers only.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    /// <summary>Overrides the Bot Framework OpenID metadata URL (tests serve their own keys from loopback).</summary>
    public string? BotOpenIdMetadata { get; set; }
    /// <summary>
    /// Accepts tokens the Bot Framework Emulator obtains with the bot's own app id and secret (off by default: Teams never
    /// sends them, and they would let anyone holding the secret pose as any channel). Never with UserAssignedMSI.
    /// </summary>
    public bool AllowEmulatorTokens { get; set; }
    /// <summary>
    /// The bot's public base address (e.g. https://coalitionbot.example.nl/) for the download links it hands out. Empty:
    /// the host the channel's request named (https, plain http on loopback).
    /// </summary>
    public string? PublicUrl { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType => MicrosoftAppType?.Trim().ToLowerInvariant() switch
    {
        null or "" or "multitenant" => BotAppType.MultiTenant,
        "singletenant" => BotAppType.SingleTenant,
        "userassignedmsi" => BotAppType.UserAssignedMsi,
        _ => throw new InvalidOperationException($"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI."),
    };
}

public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
