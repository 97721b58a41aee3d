namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// A connector call was about to carry the bot's token to a URL no authenticated channel request vouched for.
/// The request was not sent.
/// </summary>
public sealed class UntrustedServiceUrlException(Uri? requestUri)
    : InvalidOperationException($"Refusing to send the bot's token to untrusted service URL '{requestUri?.GetLeftPart(UriPartial.Authority)}'.")
{
    public Uri? RequestUri { get; } = requestUri;
}
