using Azure.Core;
using Azure.Identity;
using CoalitionBot.BotFramework;

namespace CoalitionBot.Storage;

/// <summary>The Entra ID credential for <see cref="StorageOptions.AccountUrl"/>.</summary>
internal static class BlobCredentialChooser
{
    /// <remarks>
    /// A bot of type UserAssignedMSI runs as that managed identity (client id = MicrosoftAppId), and that is
    /// the identity granted a role on the storage account. Naming it explicitly is deterministic: a
    /// DefaultAzureCredential would use whichever identity the host offers first (a system-assigned one, or
    /// none without AZURE_CLIENT_ID) and would try developer logins first, which is slow and confusing.
    /// Any other bot type has no managed identity of its own, so DefaultAzureCredential lets the same
    /// setting work for a developer (az login, Visual Studio) and for a host identity (AZURE_CLIENT_ID).
    /// </remarks>
    public static TokenCredential Choose(BotFrameworkOptions bot)
    {
        if (bot.AppType == BotAppType.UserAssignedMsi)
        {
            if (string.IsNullOrWhiteSpace(bot.MicrosoftAppId))
                throw new InvalidOperationException("MicrosoftAppType is UserAssignedMSI but MicrosoftAppId (the identity's client id) is empty.");
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bot.MicrosoftAppId));
        }
        return new DefaultAzureCredential();
    }
}
