using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;

namespace CoalitionBot.Tests.Authentication;

public sealed class BotFrameworkOptionsValidatorTests
{
    private static readonly BotFrameworkOptionsValidator Validator = new();

    [Fact]
    public void Local_development_needs_no_settings() =>
        Assert.True(Validator.Validate(null, new BotFrameworkOptions()).Succeeded);

    [Fact]
    public void Complete_single_tenant_settings_pass() =>
        Assert.True(Validator.Validate(null, new BotFrameworkOptions
        {
            MicrosoftAppId = TestToken.AppId,
            MicrosoftAppPassword = "secret",
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = "contoso.onmicrosoft.com",
        }).Succeeded);

    [Fact]
    public void Single_tenant_without_tenant_fails_naming_the_setting()
    {
        var result = Validator.Validate(null, new BotFrameworkOptions { MicrosoftAppId = TestToken.AppId, MicrosoftAppPassword = "secret", MicrosoftAppType = "SingleTenant" });

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppTenantId", result.FailureMessage);
    }

    [Fact]
    public void Emulator_tokens_with_a_managed_identity_fail_naming_the_setting()
    {
        var result = Validator.Validate(null, new BotFrameworkOptions { MicrosoftAppId = TestToken.AppId, MicrosoftAppType = "UserAssignedMSI", MicrosoftAppTenantId = "contoso.onmicrosoft.com", AllowEmulatorTokens = true });

        Assert.True(result.Failed);
        Assert.Contains("AllowEmulatorTokens", result.FailureMessage);
    }

    [Fact]
    public void Multi_tenant_without_password_fails_naming_the_setting()
    {
        var result = Validator.Validate(null, new BotFrameworkOptions { MicrosoftAppId = TestToken.AppId });

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppPassword", result.FailureMessage);
    }

    [Fact]
    public void Unknown_app_type_fails() =>
        Assert.True(Validator.Validate(null, new BotFrameworkOptions { MicrosoftAppId = TestToken.AppId, MicrosoftAppType = "Whatever" }).Failed);

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("relative/path", false)]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5099/v1/.well-known/openidconfiguration", true)]
    public void Metadata_url_must_be_https_unless_loopback(string metadataUrl, bool valid) =>
        Assert.Equal(valid, Validator.Validate(null, new BotFrameworkOptions { BotOpenIdMetadata = metadataUrl }).Succeeded);
}
