using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.Tests.Authentication;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) publishing two OpenID metadata documents and their key sets:
/// one shaped like login.botframework.com (keys with endorsements) and one like Entra ID's (for the Emulator).
/// Keys can be published while it runs, to simulate rotation.
/// </summary>
internal sealed class OpenIdKeyServer : IAsyncDisposable
{
    public const string Channel = "channel";
    public const string Emulator = "emulator";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Dictionary<string, object>>> _keySets = new();
    private readonly ConcurrentDictionary<string, int> _keySetRequests = new();

    private OpenIdKeyServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string ChannelMetadataUrl => new Uri(BaseAddress, $"{Channel}/v1/.well-known/openidconfiguration").ToString();
    public string EmulatorMetadataUrl => new Uri(BaseAddress, $"{Emulator}/v2.0/.well-known/openid-configuration").ToString();

    public static async Task<OpenIdKeyServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        OpenIdKeyServer? server = null;
        app.MapGet("/{set}/{version}/.well-known/{document}", (string set, HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = set == Channel ? "https://api.botframework.com" : "https://login.microsoftonline.com/{tenantid}/v2.0",
                ["jwks_uri"] = $"{origin}/{set}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/{set}/keys", (string set) =>
        {
            server!._keySetRequests.AddOrUpdate(set, 1, (_, count) => count + 1);
            var keys = server._keySets.TryGetValue(set, out var published) ? published.ToArray() : [];
            return Results.Json(new { keys });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new OpenIdKeyServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <param name="endorsements">null publishes the key without an endorsements member.</param>
    public void Publish(string set, TestSigningKey key, params string[]? endorsements) =>
        _keySets.GetOrAdd(set, _ => new()).Enqueue(key.ToJwk(endorsements));

    public int KeySetRequests(string set) => _keySetRequests.TryGetValue(set, out var count) ? count : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
