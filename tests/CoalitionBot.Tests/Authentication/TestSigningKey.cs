using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.Tests.Authentication;

/// <summary>A locally generated RSA key with a key id, as a channel or Entra ID would publish it.</summary>
internal sealed class TestSigningKey
{
    private readonly RsaSecurityKey _key;

    public TestSigningKey(string keyId, int keySizeInBits = 2048)
    {
        _key = new RsaSecurityKey(RSA.Create(keySizeInBits)) { KeyId = keyId };
    }

    public string KeyId => _key.KeyId;

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) => new(_key, algorithm);

    /// <summary>The public half as a JWK, optionally with Bot Framework's endorsements member.</summary>
    public Dictionary<string, object> ToJwk(IReadOnlyList<string>? endorsements)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
        var json = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = jwk.N,
            ["e"] = jwk.E,
        };
        if (endorsements is not null) json["endorsements"] = endorsements;
        return json;
    }
}
