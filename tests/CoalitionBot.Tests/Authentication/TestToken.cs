using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.Tests.Authentication;

/// <summary>A JWT as a channel or the Emulator would send it; every field can be bent to make it invalid.</summary>
internal sealed record TestToken
{
    public const string AppId = "6f1b6c2e-4c7a-4e41-9d61-2b0f1d7a9c10";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    private static readonly JsonWebTokenHandler Handler = new();

    public required SigningCredentials Credentials { get; init; }
    public string Issuer { get; init; } = "https://api.botframework.com";
    public string? Audience { get; init; } = AppId;
    public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(30);
    public Dictionary<string, object> Claims { get; init; } = new() { ["serviceurl"] = TeamsServiceUrl };

    public static TestToken Channel(TestSigningKey key) => new() { Credentials = key.Credentials() };

    public string Sign() => Handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        IssuedAt = Expires.AddHours(-1),
        NotBefore = Expires.AddHours(-1),
        Expires = Expires,
        Claims = Claims,
        SigningCredentials = Credentials,
    });

    public string Header() => $"Bearer {Sign()}";

    /// <summary>Changes one payload claim after signing, keeping the original signature.</summary>
    public static string Tamper(string jwt, string claim, string value)
    {
        var parts = jwt.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
