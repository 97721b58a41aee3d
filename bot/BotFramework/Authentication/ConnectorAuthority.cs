using System.Globalization;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Where a bot's client-credentials token comes from, by app type (the SDK's rules).</summary>
internal static class ConnectorAuthority
{
    /// <summary>The Entra ID authority, or null for a managed identity (which has no authority).</summary>
    /// <exception cref="InvalidOperationException">The settings cannot name an authority (e.g. SingleTenant without tenant).</exception>
    public static Uri? For(BotFrameworkOptions options) => options.AppType switch
    {
        BotAppType.MultiTenant => new Uri(MultiTenantAuthority),
        BotAppType.SingleTenant => new Uri(string.Format(CultureInfo.InvariantCulture, SingleTenantAuthorityTemplate, RequireTenant(options))),
        BotAppType.UserAssignedMsi => null,
        _ => throw new InvalidOperationException($"MicrosoftAppType '{options.MicrosoftAppType}' has no authority."),
    };

    private static string RequireTenant(BotFrameworkOptions options)
    {
        var tenant = options.MicrosoftAppTenantId?.Trim();
        if (string.IsNullOrEmpty(tenant))
            throw new InvalidOperationException("MicrosoftAppType SingleTenant requires MicrosoftAppTenantId (the bot's Entra ID tenant id).");
        // A tenant is a GUID or a domain name; anything else would change the authority's path.
        if (Uri.CheckHostName(tenant) != UriHostNameType.Dns)
            throw new InvalidOperationException($"MicrosoftAppTenantId '{tenant}' is neither a tenant id nor a domain name.");
        return tenant;
    }
}
