namespace CoalitionBot.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Logs and dependencies go to Application Insights when its connection string is set; locally nothing is sent. The
    /// worker-service SDK records no incoming requests, and every log line, to any provider, has download tokens redacted.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        RedactingLoggerFactory.Register(services);
        if (!string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
            services.AddApplicationInsightsTelemetryWorkerService(options => options.ConnectionString = configuration[ConnectionStringSetting]);
        return services;
    }
}
