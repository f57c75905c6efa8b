using System.Runtime.InteropServices;
using Spectre.Console;
using Yardstick.Cli;
using Yardstick.Core.Secrets;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl-C: cancel gracefully (runs are marked interrupted and resume later); a second one kills.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
// SIGTERM (docker stop, systemd, kill) stops as gracefully as Ctrl-C: the same token, so runs in flight store their
// samples and are marked Interrupted, the site stops listening and the database is closed. A second SIGTERM kills.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
});
try
{
    return await YardstickApp.RunAsync(args, Console.Error, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    AnsiConsole.MarkupLine("[yellow]Stopped.[/]");
    return 130;
}
catch (Exception e) when (Environment.GetEnvironmentVariable("YARDSTICK_DEBUG") is null)
{
    // A clear one-line reason for the person at the terminal; YARDSTICK_DEBUG=1 shows the stack trace.
    var reason = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
    // An endpoint may echo the key in what it answers: the message is redacted like everything Yardstick stores.
    await Console.Error.WriteLineAsync($"error: {SecretRedactor.ForCommandLine(args).Redact(reason.Message)}");
    return 1;
}
