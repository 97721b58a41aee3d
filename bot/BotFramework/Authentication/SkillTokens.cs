using Microsoft.IdentityModel.JsonWebTokens;
using static CoalitionBot.BotFramework.Authentication.BotAuthenticationConstants;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Recognises bot-to-bot (skill) tokens the way the SDK's SkillValidation does: another app asking for our app id.
/// This bot hosts no skills, so such tokens are refused before any signature work.
/// </summary>
internal static class SkillTokens
{
    public static bool IsSkillToken(JsonWebToken token)
    {
        if (token.ValueOf(AppIdClaim) == AnonymousSkillAppId) return true;
        if (string.IsNullOrWhiteSpace(token.ValueOf(VersionClaim))) return false;

        var audience = token.Audiences.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(audience) || string.Equals(audience, ConnectorResource, StringComparison.OrdinalIgnoreCase)) return false;

        var callerAppId = token.CallerAppId();
        return !string.IsNullOrWhiteSpace(callerAppId) && !string.Equals(callerAppId, audience, StringComparison.OrdinalIgnoreCase);
    }
}
