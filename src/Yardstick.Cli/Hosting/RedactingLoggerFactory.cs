using Microsoft.Extensions.Logging;
using Yardstick.Core.Secrets;

namespace Yardstick.Cli.Hosting;

/// <summary>
/// Loggers whose every line (message and exception text) passes through a <see cref="SecretRedactor"/> before the inner
/// providers see it: a worker logs endpoints' error messages, and an endpoint may quote the key it was sent.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner, SecretRedactor secrets) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), secrets);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
