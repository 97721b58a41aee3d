namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Fixed values of the Bot Framework authentication protocol, as Microsoft's Bot Framework SDK defines them.
/// </summary>
internal static class BotAuthenticationConstants
{
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string ChannelTokenIssuer = "https://api.botframework.com";
    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public const string MultiTenantAuthority = "https://login.microsoftonline.com/botframework.com";
    public const string SingleTenantAuthorityTemplate = "https://login.microsoftonline.com/{0}";
    public const string ConnectorResource = "https://api.botframework.com";
    public const string ConnectorScope = "https://api.botframework.com/.default";

    public const string AudienceClaim = "aud";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string ServiceUrlClaim = "serviceurl";
    public const string TenantIdClaim = "tid";

    public const string AnonymousSkillAppId = "AnonymousSkill";

    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Channel tokens may be a few minutes off because the channel's and our clocks differ.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
}
