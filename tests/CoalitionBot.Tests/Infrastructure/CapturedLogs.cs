using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// Everything a bot logs, at every level: the formatted message, every structured value, the scopes around it and
/// the whole exception (its ToString(), inner exceptions and all). Add it with <see cref="AddTo"/> in a BotApp's services.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> entries = new();
    private readonly SemaphoreSlim logged = new(0);
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Entries => [.. entries];

    /// <summary>Registers the provider at Trace level, winning over the bot's own level settings.</summary>
    public void AddTo(IServiceCollection services) => services.AddLogging(logging =>
    {
        logging.SetMinimumLevel(LogLevel.Trace);
        logging.AddProvider(this);
        logging.AddFilter<CapturedLogs>(category: null, LogLevel.Trace);
    });

    /// <summary>The entries that contain <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Containing(string text) => [.. entries.Where(e => e.Contains(text, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Waits until <paramref name="occurrence"/> entries contain <paramref name="text"/>, and returns the last of them.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan? timeout = null, int occurrence = 1)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Containing(text) is { } found && found.Count >= occurrence) return found[occurrence - 1];
            try { await logged.WaitAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"Nothing logged containing '{text}'."); }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private void Add(string entry)
    {
        entries.Enqueue(entry);
        logged.Release();
    }

    private static string Values(object? state) => state is IEnumerable<KeyValuePair<string, object?>> pairs
        ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
        : state?.ToString() ?? "";

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = new List<string>();
            owner.scopes.ForEachScope((scope, list) => list.Add(Values(scope)), scopeText);
            owner.Add($"{logLevel} {category}: {formatter(state, exception)} | {Values(state)} | scopes: {string.Join("; ", scopeText)} | {exception}");
        }
    }
}
