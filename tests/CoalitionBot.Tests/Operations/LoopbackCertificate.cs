using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CoalitionBot.Tests.Operations;

/// <summary>
/// A self-signed certificate for 127.0.0.1 as PEM files, so a loopback server can speak HTTPS (Azure's SDK sends Entra
/// ID tokens over HTTPS only); a child process trusts it through <see cref="TrustEnvironment"/>.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coalitionbot-cert-");

    public LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
    }

    public string CertificatePath => Path.Combine(folder.FullName, "cert.pem");

    public string KeyPath => Path.Combine(folder.FullName, "key.pem");

    /// <summary>OpenSSL's variables, which .NET on Linux reads: this certificate is the only one a child process trusts.</summary>
    public IReadOnlyDictionary<string, string> TrustEnvironment => new Dictionary<string, string>
    {
        ["SSL_CERT_FILE"] = CertificatePath,
        ["SSL_CERT_DIR"] = folder.FullName,
    };

    public void Dispose() => folder.Delete(recursive: true);
}
