using System.Net;
using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Tests.Authentication;

public sealed class BotAuthenticationServiceCollectionTests
{
    private static ServiceProvider Build(Action<BotFrameworkOptions> configure, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.Configure(configure);
        services.AddBotAuthentication();
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task Registers_authenticator_token_provider_and_one_shared_trust_list()
    {
        await using var provider = Build(_ => { });

        Assert.NotNull(provider.GetRequiredService<BotAuthenticator>());
        Assert.IsType<ConnectorTokenProvider>(provider.GetRequiredService<IConnectorTokenProvider>());
        Assert.Same(provider.GetRequiredService<TrustedServiceUrls>(), provider.GetRequiredService<TrustedServiceUrls>());
    }

    [Fact]
    public async Task Invalid_settings_fail_when_options_are_first_used()
    {
        await using var provider = Build(options =>
        {
            options.MicrosoftAppId = TestToken.AppId;
            options.MicrosoftAppPassword = "secret";
            options.MicrosoftAppType = "SingleTenant";
        });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
        Assert.Contains("MicrosoftAppTenantId", failure.Message);
    }

    [Fact]
    public async Task Connector_http_client_refuses_untrusted_urls_once_an_app_id_is_set()
    {
        await using var provider = Build(
            options =>
            {
                options.MicrosoftAppId = TestToken.AppId;
                options.MicrosoftAppPassword = "secret";
            },
            services =>
            {
                services.AddSingleton(TokenProvider.Giving("token-from-di"));
                services.AddHttpClient("connector")
                    .AddConnectorAuthentication()
                    .ConfigurePrimaryHttpMessageHandler(() => new AlwaysOk());
            });
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("connector");

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.GetAsync("https://smba.trafficmanager.net/amer/v3/conversations"));

        provider.GetRequiredService<TrustedServiceUrls>().Trust("https://smba.trafficmanager.net/amer/");
        using var response = await client.GetAsync("https://smba.trafficmanager.net/amer/v3/conversations");
        Assert.Equal("Bearer token-from-di", response.RequestMessage?.Headers.Authorization?.ToString());
    }

    private sealed class AlwaysOk : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request });
    }
}
