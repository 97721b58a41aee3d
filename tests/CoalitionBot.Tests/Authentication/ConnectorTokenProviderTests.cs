using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Tests.Authentication;

/// <summary>What can be proven without reaching Entra ID: which authority each app type uses, and clear setting errors.</summary>
public sealed class ConnectorTokenProviderTests
{
    private const string TenantId = "3c1d5e4f-9a8b-4c7d-8e6f-0a1b2c3d4e5f";

    private static BotFrameworkOptions Options(string? appType, string? tenantId = null, string? password = "secret") => new()
    {
        MicrosoftAppId = TestToken.AppId,
        MicrosoftAppPassword = password,
        MicrosoftAppTenantId = tenantId,
        MicrosoftAppType = appType,
    };

    [Fact]
    public async Task Without_app_id_there_is_no_token()
    {
        var provider = new ConnectorTokenProvider(Microsoft.Extensions.Options.Options.Create(new BotFrameworkOptions()), TimeProvider.System, NullLogger<ConnectorTokenProvider>.Instance);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MultiTenant")]
    [InlineData("multitenant")]
    public void Multi_tenant_bot_uses_the_botframework_com_tenant(string? appType)
    {
        var source = new MsalConnectorTokenSource(Options(appType, tenantId: TenantId));

        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com"), source.Authority);
    }

    [Fact]
    public void Single_tenant_bot_uses_its_own_tenant()
    {
        var source = new MsalConnectorTokenSource(Options("SingleTenant", tenantId: TenantId));

        Assert.Equal(new Uri($"https://login.microsoftonline.com/{TenantId}"), source.Authority);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Single_tenant_bot_without_tenant_fails_naming_the_setting(string? tenantId)
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            new ConnectorTokenProvider(Microsoft.Extensions.Options.Options.Create(Options("SingleTenant", tenantId)), TimeProvider.System, NullLogger<ConnectorTokenProvider>.Instance));

        Assert.Contains("MicrosoftAppTenantId", failure.Message);
    }

    [Fact]
    public void Tenant_that_is_not_a_tenant_id_or_domain_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new MsalConnectorTokenSource(Options("SingleTenant", tenantId: "evil.com/oauth2")));

    [Fact]
    public void Client_secret_bot_without_password_fails_naming_the_setting()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new MsalConnectorTokenSource(Options("MultiTenant", password: null)));

        Assert.Contains("MicrosoftAppPassword", failure.Message);
    }

    [Fact]
    public void User_assigned_managed_identity_needs_no_authority_or_password()
    {
        var source = new MsalConnectorTokenSource(Options("UserAssignedMSI", password: null));

        Assert.Equal(BotAppType.UserAssignedMsi, source.AppType);
        Assert.Null(source.Authority);
    }

    [Fact]
    public void Unknown_app_type_fails() =>
        Assert.Throws<InvalidOperationException>(() => new MsalConnectorTokenSource(Options("SystemAssignedMSI")));
}
