using System.Security.Cryptography;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>Who a Direct Line token speaks for: one simulated member in one conversation.</summary>
internal sealed record LocalSession(string ConversationId, ChannelAccount User, string? Locale);

/// <summary>
/// Direct Line tokens of the local channel: random strings that name a <see cref="LocalSession"/>, so the
/// page cannot post as another member or into another conversation than the one it asked for.
/// They do not expire (the channel lives as long as the bot process); the newest <see cref="MaxTokens"/> are kept.
/// </summary>
internal sealed class LocalChannelTokens
{
    /// <summary>What the token answers advertise; Web Chat refreshes at half of it.</summary>
    public const int LifetimeSeconds = 1800;
    public const int MaxTokens = 1000;

    private readonly Dictionary<string, LocalSession> sessions = new(StringComparer.Ordinal);
    private readonly Queue<string> issued = new();
    private readonly Lock gate = new();

    public string Issue(LocalSession session)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        lock (gate)
        {
            sessions[token] = session;
            issued.Enqueue(token);
            while (issued.Count > MaxTokens) sessions.Remove(issued.Dequeue());
        }
        return token;
    }

    /// <summary>The session of an <c>Authorization: Bearer</c> header, or null.</summary>
    public LocalSession? Find(string? authorizationHeader)
    {
        const string Scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return null;
        lock (gate) return sessions.GetValueOrDefault(authorizationHeader[Scheme.Length..].Trim());
    }
}
