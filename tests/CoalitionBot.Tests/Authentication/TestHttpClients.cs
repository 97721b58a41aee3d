using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Authentication;

/// <summary>One real IHttpClientFactory for tests that only need plain clients.</summary>
internal static class TestHttpClients
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    public static IHttpClientFactory Factory { get; } = Services.GetRequiredService<IHttpClientFactory>();
}
