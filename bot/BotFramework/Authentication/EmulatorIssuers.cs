using Microsoft.IdentityModel.JsonWebTokens;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>The Entra ID issuers whose tokens the SDK treats as coming from the Bot Framework Emulator.</summary>
internal static class EmulatorIssuers
{
    private static readonly string[] Known =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",                // v3.1, 1.0 token
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",  // v3.1, 2.0 token
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",                // v3.2, 1.0 token
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",  // v3.2, 2.0 token
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",                // US Gov, 1.0 token
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",   // US Gov, 2.0 token
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",       // US Gov, 1.0 token
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",   // US Gov, 2.0 token
    ];

    /// <summary>
    /// The known issuers, plus the issuers of the token's own tenant (a single-tenant bot's Emulator
    /// gets its token from the bot's home tenant). The app id check afterwards is what pins the caller.
    /// </summary>
    public static IReadOnlyList<string> For(JsonWebToken token)
    {
        var tenantId = token.ValueOf(TenantIdClaim);
        if (!Guid.TryParse(tenantId, out var tenant) || Known.Any(issuer => issuer.Contains($"/{tenant:D}/", StringComparison.OrdinalIgnoreCase)))
            return Known;

        return
        [
            .. Known,
            $"https://sts.windows.net/{tenant:D}/",
            $"https://login.microsoftonline.com/{tenant:D}/v2.0",
            $"https://login.microsoftonline.us/{tenant:D}/",
            $"https://login.microsoftonline.us/{tenant:D}/v2.0",
        ];
    }

    public static bool Issued(JsonWebToken token) => For(token).Contains(token.Issuer, StringComparer.Ordinal);
}
