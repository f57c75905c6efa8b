using Microsoft.Extensions.Logging;
using Yardstick.Core.Secrets;

namespace Yardstick.Cli.Hosting;

/// <summary>
/// One logger of <see cref="RedactingLoggerFactory"/>: formats the entry, redacts it, and hands the inner logger plain
/// text with the exception folded in (an exception passed on as an object would be printed unredacted).
/// </summary>
internal sealed class RedactingLogger(ILogger inner, SecretRedactor secrets) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
            return;
        var text = formatter(state, exception);
        if (exception is not null)
            text += Environment.NewLine + exception;
        inner.Log(logLevel, eventId, secrets.Redact(text) ?? "", null, static (line, _) => line);
    }
}
