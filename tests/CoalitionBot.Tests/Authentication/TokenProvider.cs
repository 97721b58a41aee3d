using CoalitionBot.BotFramework.Authentication;
using Moq;

namespace CoalitionBot.Tests.Authentication;

/// <summary>Connector token providers for tests of what is done with the token, without Entra ID.</summary>
internal static class TokenProvider
{
    /// <summary>Always gives <paramref name="token"/>; null as without an app id.</summary>
    public static IConnectorTokenProvider Giving(string? token)
    {
        var provider = new Mock<IConnectorTokenProvider>();
        provider.Setup(p => p.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(token);
        return provider.Object;
    }
}
