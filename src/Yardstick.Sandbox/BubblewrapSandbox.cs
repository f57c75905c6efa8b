using System.Diagnostics;
using System.Globalization;
using System.Text;
using Yardstick.Core.Sandbox;

namespace Yardstick.Sandbox;

/// <summary>
/// Runs Python programs under bubblewrap (<see cref="BwrapCommand"/> lists the isolation). Before the first program it
/// checks, once, that the tools exist and that a probe program runs isolated; when not, every run throws
/// <see cref="SandboxUnavailableException"/> with the reason. There is no fallback to the host.
/// </summary>
public sealed class BubblewrapSandbox : ICodeSandbox
{
    private const string ProbeProgram = "import sys\nprint(6 * 7)\n";

    private readonly BubblewrapOptions _options;
    private readonly SandboxUsers _users;
    private readonly SemaphoreSlim _checkLock = new(1, 1);
    private bool _checked;
    private string? _unavailable;

    public BubblewrapSandbox(BubblewrapOptions? options = null)
    {
        _options = options ?? new BubblewrapOptions();
        _users = new SandboxUsers(_options);
    }

    public string Describe
    {
        get
        {
            var l = _options.Limits;
            return string.Create(CultureInfo.InvariantCulture,
                $"bubblewrap: no network, read-only /usr, private tmpfs, cpu {l.CpuSeconds} s, address space {l.AddressSpaceBytes >> 20} MiB, {l.MaxProcesses} processes, files {l.MaxFileSizeBytes >> 20} MiB, wall clock {l.WallClock.TotalSeconds:0} s");
        }
    }

    public async Task<string?> CheckAsync(CancellationToken cancellationToken = default)
    {
        await _checkLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_checked)
            {
                _unavailable = await ProbeAsync(cancellationToken).ConfigureAwait(false);
                _checked = true;
            }
            return _unavailable;
        }
        finally
        {
            _checkLock.Release();
        }
    }

    public async Task<SandboxResult> RunAsync(string program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (await CheckAsync(cancellationToken).ConfigureAwait(false) is { } reason)
            throw new SandboxUnavailableException(reason);
        return await RunIsolatedAsync(program, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
            return "The code sandbox needs Linux with bubblewrap; this machine runs " + Environment.OSVersion.Platform + ". Model-written code is never run on the host.";
        var tools = new List<(string Path, string Package)> { (_options.BwrapPath, "bubblewrap"), (_options.PythonPath, "python3"), (_options.PrlimitPath, "util-linux") };
        if (SandboxUsers.IsRoot)
            tools.Add((_options.SetprivPath, "util-linux"));
        var missing = tools.Where(t => !File.Exists(t.Path)).ToList();
        if (missing.Count > 0)
            return $"The code sandbox needs {string.Join(", ", missing.Select(t => t.Path))} (apt-get install {string.Join(" ", missing.Select(t => t.Package).Distinct())}). Model-written code is never run on the host.";
        SandboxResult probe;
        try
        {
            probe = await RunIsolatedAsync(ProbeProgram, cancellationToken).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"The code sandbox could not start {_options.BwrapPath}: {e.Message}. Model-written code is never run on the host.";
        }
        if (probe.Passed && probe.Stdout.Trim() == "42")
            return null;
        return $"bubblewrap cannot create the sandbox here ({probe.Verdict}: {probe.Stderr.Trim()}). It needs user namespaces " +
               "(sysctl kernel.unprivileged_userns_clone=1, or a container started with them allowed). Model-written code is never run on the host.";
    }

    private async Task<SandboxResult> RunIsolatedAsync(string program, CancellationToken cancellationToken)
    {
        var limits = _options.Limits;
        var userId = _users.Take();
        try
        {
            var (fileName, arguments) = BwrapCommand.Build(_options, userId, _users.ProcessLimit(userId));
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardInputEncoding = new UTF8Encoding(false),
                WorkingDirectory = "/",
            };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            // Nothing of the host's environment reaches the sandbox (bwrap --clearenv), and none of it is needed to start it.
            start.Environment.Clear();
            start.Environment["PATH"] = "/usr/bin:/bin";

            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(start) ?? throw new SandboxUnavailableException($"{fileName} did not start.");
            using var wallClock = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wallClock.CancelAfter(limits.WallClock);
            var stdout = CappedOutput.ReadAsync(process.StandardOutput.BaseStream, limits.MaxOutputBytes, CancellationToken.None);
            var stderr = CappedOutput.ReadAsync(process.StandardError.BaseStream, limits.MaxOutputBytes, CancellationToken.None);
            var timedOut = false;
            try
            {
                await WriteProgramAsync(process, program, wallClock.Token).ConfigureAwait(false);
                await process.WaitForExitAsync(wallClock.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                timedOut = true;
            }
            var (output, outputCut) = await stdout.ConfigureAwait(false);
            var (errors, errorsCut) = await stderr.ConfigureAwait(false);
            return new SandboxResult(process.ExitCode, timedOut, output, errors, Stopwatch.GetElapsedTime(started), outputCut || errorsCut);
        }
        finally
        {
            _users.Return(userId);
        }
    }

    private static async Task WriteProgramAsync(Process process, string program, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.WriteAsync(program.AsMemory(), cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The sandbox ended before reading its program (it failed to start): its exit code and stderr say why.
        }
    }

    // The outer process's tree holds the namespace's init; killing it ends the namespace and every process in it.
    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
