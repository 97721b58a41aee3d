using Microsoft.Extensions.Options;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Fails startup on settings that would only break at the first message (wrong app type, missing tenant or secret).</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();

        if (!string.IsNullOrWhiteSpace(options.BotOpenIdMetadata)
            && (!Uri.TryCreate(options.BotOpenIdMetadata.Trim(), UriKind.Absolute, out var metadata) || !LoopbackAddress.AllowsPlainHttp(metadata)))
            failures.Add("BotOpenIdMetadata must be an absolute HTTPS URL (plain HTTP only on loopback).");

        if (!string.IsNullOrWhiteSpace(options.PublicUrl)
            && (!Uri.TryCreate(options.PublicUrl.Trim(), UriKind.Absolute, out var publicUrl) || !LoopbackAddress.AllowsPlainHttp(publicUrl)))
            failures.Add("PublicUrl must be an absolute HTTPS URL (plain HTTP only on loopback).");

        if (options.AllowEmulatorTokens && options.IsAuthenticationEnabled && options.MicrosoftAppType?.Trim().Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) == true)
            failures.Add("AllowEmulatorTokens cannot be used with MicrosoftAppType UserAssignedMSI: the Emulator has no managed identity, and the bot in Azure needs no Emulator.");

        if (options.IsAuthenticationEnabled)
        {
            try
            {
                var authority = ConnectorAuthority.For(options);
                if (authority is not null && string.IsNullOrEmpty(options.MicrosoftAppPassword))
                    failures.Add($"MicrosoftAppType {options.AppType} requires MicrosoftAppPassword.");
            }
            catch (InvalidOperationException invalid)
            {
                failures.Add(invalid.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
