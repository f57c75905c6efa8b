using System.Diagnostics;
using Yardstick.Cli.Commands;

namespace Yardstick.Cli.Tests;

/// <summary>Runs the real built `yardstick` program in a child process and captures what it prints.</summary>
internal static partial class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    /// <summary>Starts a long-running verb (serve, serve-model) and returns once it prints the loopback URL it listens on.</summary>
    public static async Task<(Process Process, Uri Url)> StartServingAsync(IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = StartInfo(arguments, null);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        var seen = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
        {
            seen.AppendLine(line);
            if (LoopbackUrl().Match(line) is { Success: true } url)
                return (process, new Uri(url.Value));
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The server exited before printing its URL:\n" + seen);
    }

    public static async Task<Result> RunAsync(IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(arguments, workingDirectory);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"yardstick {string.Join(' ', arguments)} did not finish in time.\n{await output}\n{await error}");
        }
        return new Result(process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(typeof(ServeCommand).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        return start;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+[^\s]*")]
    private static partial System.Text.RegularExpressions.Regex LoopbackUrl();
}
