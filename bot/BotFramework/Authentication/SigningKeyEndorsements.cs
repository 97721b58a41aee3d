using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// The channels a Bot Framework signing key may speak for: the key's <c>endorsements</c> member in the key set.
/// IdentityModel keeps unknown JWK members in <see cref="JsonWebKey.AdditionalData"/> as JSON elements.
/// </summary>
internal static class SigningKeyEndorsements
{
    private const string EndorsementsMember = "endorsements";

    /// <summary>The endorsed channel ids, or null when the key has no endorsements member at all.</summary>
    public static IReadOnlyList<string>? Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var value) || value is null) return null;
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!)
                .ToArray(),
            IEnumerable<string> strings => strings.ToArray(),
            _ => null, // a malformed member endorses nothing
        };
    }

    /// <summary>Channel ids are compared exactly, as the SDK's EndorsementsValidator does.</summary>
    public static bool Endorses(IReadOnlyList<string> endorsements, string channelId) =>
        endorsements.Contains(channelId, StringComparer.Ordinal);
}
