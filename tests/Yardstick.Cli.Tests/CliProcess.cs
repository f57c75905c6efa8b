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
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
            {
                seen.AppendLine(line);
                if (LoopbackUrl().Match(line) is { Success: true } url)
                    return (process, new Uri(url.Value));
            }
        }
        catch (OperationCanceledException)
        {
            // Too slow to start: never leave it running behind the failed test.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"No URL within {(timeout ?? TimeSpan.FromMinutes(2)).TotalSeconds:0} s:\n{seen}");
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The server exited before printing its URL:\n" + seen);
    }

    /// <summary>Starts any verb and returns at once; what it prints is collected in <see cref="Running.Output"/>.</summary>
    public static Running Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(arguments, null);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var running = new Running(process);
        process.OutputDataReceived += (_, e) => running.Append(e.Data);
        process.ErrorDataReceived += (_, e) => running.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Sends SIGTERM, as `kill PID`, docker stop and systemd do (the `dotnet` host runs the program in its own process).</summary>
    public static void Terminate(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -TERM {process.Id} failed with exit code {kill.ExitCode}");
    }

    /// <summary>A started `yardstick` process: its output so far, SIGTERM, and a bounded wait for its exit.</summary>
    public sealed class Running(Process process) : IDisposable
    {
        private readonly System.Text.StringBuilder _output = new();

        public Process Process { get; } = process;

        public string Output
        {
            get
            {
                lock (_output)
                    return _output.ToString();
            }
        }

        internal void Append(string? line)
        {
            if (line is null)
                return;
            lock (_output)
                _output.AppendLine(line);
        }

        public void Terminate() => CliProcess.Terminate(Process);

        /// <summary>The exit code, or a failure with the output when the process is still running after <paramref name="bound"/>.</summary>
        public async Task<int> WaitForExitAsync(TimeSpan bound)
        {
            using var cts = new CancellationTokenSource(bound);
            try
            {
                await Process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                Process.Kill(entireProcessTree: true);
                throw new TimeoutException($"yardstick still running {bound.TotalSeconds} s after the wait began:\n{Output}");
            }
            Process.WaitForExit(); // drains the redirected output
            return Process.ExitCode;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
                Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
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
