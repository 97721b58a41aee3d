using System.Text;
using System.Text.Json;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoalitionBot.Tests.Operations;

/// <summary>
/// App Service's managed-identity endpoint on loopback (the IDENTITY_ENDPOINT and IDENTITY_HEADER it gives an app):
/// hands out a token for the resource asked for, shaped as Entra ID's (issuer, audience, expiry), which Azurite's
/// <c>--oauth basic</c> checks. It is not signed by Entra ID: nothing here can tell.
/// </summary>
public sealed class FakeManagedIdentity : IAsyncDisposable
{
    public const string Header = "fake-identity-header";
    private LoopbackServer server = null!;
    private int requests;

    public int Requests => requests;

    public static async Task<FakeManagedIdentity> StartAsync(string tenantId)
    {
        var identity = new FakeManagedIdentity();
        identity.server = await LoopbackServer.StartAsync(app => app.MapGet("/msi/token", (HttpContext http) =>
        {
            if (http.Request.Headers["X-IDENTITY-HEADER"] != Header) return Results.StatusCode(401);
            Interlocked.Increment(ref identity.requests);
            var resource = http.Request.Query["resource"].ToString();
            var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return Results.Json(new
            {
                access_token = Token(tenantId, resource.TrimEnd('/'), expires),
                expires_on = expires.ToString(),
                resource,
                token_type = "Bearer",
                client_id = http.Request.Query["client_id"].ToString(),
            });
        }));
        return identity;
    }

    /// <summary>What the bot's process needs to find this endpoint, as App Service sets it.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["IDENTITY_ENDPOINT"] = new Uri(server.BaseAddress, "msi/token").ToString(),
        ["IDENTITY_HEADER"] = Header,
    };

    private static string Token(string tenantId, string audience, long expires)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", typ = "JWT" }));
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["aud"] = audience, ["iss"] = $"https://sts.windows.net/{tenantId}/", ["tid"] = tenantId,
            ["iat"] = now - 60, ["nbf"] = now - 60, ["exp"] = expires, ["oid"] = Guid.NewGuid().ToString(),
        }));
        return $"{header}.{claims}.{Base64Url(Encoding.UTF8.GetBytes("not-signed"))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
