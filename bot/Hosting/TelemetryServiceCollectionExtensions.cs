namespace CoalitionBot.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Logs and dependencies go to Application Insights when its connection string is set; locally nothing is sent. The
    /// worker-service SDK records no incoming requests, every log line, to any provider, has download tokens redacted, and
    /// the resilience pipeline's per-attempt lines are Debug.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        RedactingLoggerFactory.Register(services);
        services.LogResilienceAttemptsAtDebug();
        if (!string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
            services.AddApplicationInsightsTelemetryWorkerService(options => options.ConnectionString = configuration[ConnectionStringSetting]);
        return services;
    }
}
