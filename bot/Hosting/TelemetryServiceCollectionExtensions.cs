namespace CoalitionBot.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Logs, requests and dependencies go to Application Insights when its connection string is set; locally nothing is sent.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
            services.AddApplicationInsightsTelemetryWorkerService(options => options.ConnectionString = configuration[ConnectionStringSetting]);
        return services;
    }
}
