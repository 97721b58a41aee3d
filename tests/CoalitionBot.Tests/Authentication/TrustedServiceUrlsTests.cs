using CoalitionBot.BotFramework.Authentication;

namespace CoalitionBot.Tests.Authentication;

public sealed class TrustedServiceUrlsTests
{
    private static TrustedServiceUrls Trusting(params string[] serviceUrls)
    {
        var trusted = new TrustedServiceUrls();
        foreach (var serviceUrl in serviceUrls) trusted.Trust(serviceUrl);
        return trusted;
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc/activities")]
    [InlineData("https://SMBA.TrafficManager.NET/AMER/v3/conversations")]
    [InlineData("HTTPS://smba.trafficmanager.net:443/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public void Urls_under_a_trusted_service_url_are_trusted(string requestUrl) =>
        Assert.True(Trusting("https://smba.trafficmanager.net/amer/").IsTrusted(new Uri(requestUrl)));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/amerx/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/v3/conversations")]
    [InlineData("http://smba.trafficmanager.net/amer/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net@evil.example/amer/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/amer/../emea/v3/conversations")]
    public void Other_hosts_ports_schemes_and_paths_are_not_trusted(string requestUrl) =>
        Assert.False(Trusting("https://smba.trafficmanager.net/amer/").IsTrusted(new Uri(requestUrl)));

    [Fact]
    public void Trailing_slash_on_the_trusted_url_does_not_matter()
    {
        var trusted = Trusting("https://smba.trafficmanager.net/amer");

        Assert.True(trusted.IsTrusted(new Uri("https://smba.trafficmanager.net/amer/v3/conversations")));
        Assert.False(trusted.IsTrusted(new Uri("https://smba.trafficmanager.net/amerx/v3/conversations")));
    }

    [Fact]
    public void Nothing_is_trusted_before_a_channel_vouches_for_it() =>
        Assert.False(new TrustedServiceUrls().IsTrusted(new Uri("https://smba.trafficmanager.net/amer/v3/conversations")));

    [Fact]
    public void Root_service_url_covers_its_whole_host() =>
        Assert.True(Trusting("https://directline.botframework.com/").IsTrusted(new Uri("https://directline.botframework.com/v3/conversations/x/activities")));

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    public void Invalid_service_urls_cannot_be_trusted(string serviceUrl) =>
        Assert.Throws<ArgumentException>(() => new TrustedServiceUrls().Trust(serviceUrl));
}
