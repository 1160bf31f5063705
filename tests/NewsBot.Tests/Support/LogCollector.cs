using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Support;

/// <summary>A logger provider that keeps every line at Information or above, for asserting what an operator would read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Message)> _lines = [];

    public IReadOnlyList<string> AtLeast(LogLevel level)
    {
        lock (_lines)
        {
            return _lines.Where(l => l.Level >= level).Select(l => l.Message).ToList();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Collecting(this);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string message)
    {
        lock (_lines)
        {
            _lines.Add((level, message));
        }
    }

    private sealed class Collecting(LogCollector owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add(logLevel, formatter(state, exception));
            }
        }
    }
}
