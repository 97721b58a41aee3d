using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Hosting;
using CoalitionBot.Coalitions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// The local channel in Program.cs: a Direct Line endpoint for the chat page, the Bot Connector routes the
/// bot answers through, and the page itself. Only for local development: with a MicrosoftAppId the bot is
/// behind Azure Bot Service and none of it is mapped.
/// </summary>
public static class LocalChannelExtensions
{
    /// <summary>The local channel's services; inert unless <see cref="MapLocalChannel"/> maps the channel.</summary>
    public static IServiceCollection AddLocalChannel(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LocalConversations>();
        services.TryAddSingleton<LocalChannelTokens>();
        // A turn may take a while (storage, several replies); Web Chat itself waits 20 s for a post.
        services.AddHttpClient<BotDelivery>(client => client.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }

    /// <summary>
    /// When no MicrosoftAppId is configured: the chat page at <c>/</c>, Direct Line at <c>/v3/directline</c>
    /// and the Bot Connector at <c>/v3/conversations</c>, all for loopback callers only. Otherwise nothing.
    /// </summary>
    public static WebApplication MapLocalChannel(this WebApplication app)
    {
        // Read here, after the host is built, so settings added late (tests, user secrets) count.
        if (app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled) return app;

        // The bot's own endpoint checks its callers itself; everything else is the local channel.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments(BotFrameworkHostingExtensions.MessagesPath),
            branch => branch.UseMiddleware<LoopbackOnlyMiddleware>());
        app.Lifetime.ApplicationStarted.Register(() => ChatPageAddress.Announce(app));
        app.UseDefaultFiles();
        app.UseStaticFiles();
        DirectLineEndpoints.Map(app);
        ConnectorEndpoints.Map(app);
        // The page's people, with their roles as the coalition's records have them.
        app.MapGet("/local/team", async (CoalitionStore coalitions, CancellationToken cancellationToken) =>
            Results.Json(await SampleTeam.ViewAsync(coalitions, cancellationToken), LocalChannelJsonContext.Default.IReadOnlyListSampleMemberView));
        return app;
    }
}
