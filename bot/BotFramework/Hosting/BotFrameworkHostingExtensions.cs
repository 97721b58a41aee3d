using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Connector;

namespace CoalitionBot.BotFramework.Hosting;

/// <summary>The protocol layer in Program.cs: <see cref="AddBotFramework"/> for services, <see cref="MapBotMessages"/> for the endpoint.</summary>
public static class BotFrameworkHostingExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Options (Microsoft's setting names at the configuration root), inbound authentication, the
    /// connector client with outbound tokens and retries, and the adapter that runs turns.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration);
        services.AddBotAuthentication();
        services.AddConnectorClient();
        services.AddTransient<CloudAdapter>(); // transient like the typed ConnectorClient it uses
        return services;
    }

    /// <summary>POST /api/messages: where channels deliver activities.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(MessagesPath, (HttpContext http, CloudAdapter adapter, IBot bot) => adapter.ProcessAsync(http, bot, http.RequestAborted));
}
