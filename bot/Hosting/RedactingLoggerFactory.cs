using System.Collections;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Hosting;

/// <summary>
/// The logger factory every logger of the bot and of ASP.NET Core comes from, wrapped so that no download token reaches
/// any provider (console, Application Insights): ASP.NET Core logs each request's path in "Request starting/finished",
/// in routing's debug lines and in the request's log scope, and those paths are where the tokens are.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    /// <summary>Replaces the factory AddLogging registered; providers and filter rules stay as configured.</summary>
    public static void Register(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>()))));

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
            NeedsRedaction(state) ? inner.BeginScope(new RedactedValues(state, DownloadLinkRedaction.Redact(state.ToString() ?? ""))) : inner.BeginScope(state);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            if (!NeedsRedaction(state))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }
            var message = DownloadLinkRedaction.Redact(formatter(state, exception));
            inner.Log(logLevel, eventId, new RedactedValues(state, message), exception, static (values, _) => values.ToString());
        }

        // Paths travel as strings (hosting, routing, static files); checking only those keeps the usual line cheap.
        private static bool NeedsRedaction<TState>(TState state) => state switch
        {
            string text => DownloadLinkRedaction.IsNeeded(text),
            IEnumerable<KeyValuePair<string, object?>> values => values.Any(v => DownloadLinkRedaction.IsNeeded(Text(v.Value))),
            _ => false,
        };
    }

    private static string? Text(object? value) => value switch
    {
        string text => text,
        PathString path => path.Value,
        Uri uri => uri.OriginalString,
        _ => null,
    };

    /// <summary>A log line's structured values with every path redacted, and its redacted message.</summary>
    private sealed class RedactedValues(object? state, string message) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? [.. pairs.Select(p => Text(p.Value) is { } text ? new KeyValuePair<string, object?>(p.Key, DownloadLinkRedaction.Redact(text)) : p)]
            : [];

        public KeyValuePair<string, object?> this[int index] => values[index];
        public int Count => values.Length;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => message;
    }
}
