using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoalitionBot.Storage;

namespace CoalitionBot.PersonalData;

/// <summary>
/// Short-lived links that carry who may download what, signed with HMAC-SHA256. The key is made once
/// and kept in storage, so every instance of the bot signs and checks with the same one.
/// </summary>
public sealed class SignedLinks(IDocumentStore store, TimeProvider time)
{
    private static readonly string KeyName = StorageKey.Of("secrets", "link-signing-key");
    private Task<byte[]>? key;

    public async Task<string> CreateAsync(string purpose, IReadOnlyDictionary<string, string> claims, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new LinkPayload(purpose, time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(), new(claims)), SignedLinkJsonContext.Default.LinkPayload);
        var signature = HMACSHA256.HashData(await KeyAsync(cancellationToken), payload);
        return Base64Url(payload) + "." + Base64Url(signature);
    }

    /// <summary>The claims of a genuine, unexpired link for <paramref name="purpose"/>; null for anything else.</summary>
    public async Task<IReadOnlyDictionary<string, string>?> ValidateAsync(string purpose, string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || !TryDecode(parts[0], out var payload) || !TryDecode(parts[1], out var signature)) return null;
        var expected = HMACSHA256.HashData(await KeyAsync(cancellationToken), payload);
        if (!CryptographicOperations.FixedTimeEquals(expected, signature)) return null;
        var link = JsonSerializer.Deserialize(payload, SignedLinkJsonContext.Default.LinkPayload);
        return link is not null && link.Purpose == purpose && link.ExpiresAt > time.GetUtcNow().ToUnixTimeSeconds() ? link.Claims : null;
    }

    /// <summary>
    /// One load shared by all callers; a load that failed is forgotten, so the next use tries storage again. (Clearing it
    /// inside the load does not do: a load that fails at once clears before its task is stored, and the failure stays.)
    /// </summary>
    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        var loading = key ??= LoadOrCreateKeyAsync();
        try
        {
            return await loading.WaitAsync(cancellationToken);
        }
        catch when (loading.IsFaulted)
        {
            _ = Interlocked.CompareExchange(ref key, null, loading);
            throw;
        }
    }

    // Not cancelled with one caller's turn: the key is shared by every later caller.
    private async Task<byte[]> LoadOrCreateKeyAsync()
    {
        if (await store.ReadAsync(KeyName, CancellationToken.None) is { } existing) return existing.Content.ToArray();
        var created = RandomNumberGenerator.GetBytes(32);
        try
        {
            await store.WriteAsync(KeyName, created, WriteCondition.IfNotExists, CancellationToken.None);
            return created;
        }
        catch (ConcurrencyConflictException)
        {
            // Another instance made one first: use theirs.
            return (await store.ReadAsync(KeyName, CancellationToken.None))!.Content.ToArray();
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var written)) return false;
        bytes = bytes[..written];
        return true;
    }
}

internal sealed record LinkPayload(string Purpose, long ExpiresAt, Dictionary<string, string> Claims);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(LinkPayload))]
internal sealed partial class SignedLinkJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
