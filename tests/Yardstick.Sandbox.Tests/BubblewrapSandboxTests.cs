using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Yardstick.Sandbox.Tests;

public sealed class BubblewrapSandboxTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _outside = Directory.CreateTempSubdirectory("yardstick-sandbox-test-").FullName;

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    [Fact]
    public async Task A_normal_program_passes_and_its_output_comes_back()
    {
        var sandbox = await SandboxFixture.RequireAsync();

        var result = await sandbox.RunAsync("import math\nprint(math.factorial(5))\nassert sum(range(4)) == 6\n", Ct);

        Assert.True(result.Passed, result.Stderr);
        Assert.Equal("120", result.Stdout.Trim());
    }

    [Fact]
    public async Task A_failing_assertion_fails_with_its_traceback()
    {
        var sandbox = await SandboxFixture.RequireAsync();

        var result = await sandbox.RunAsync("assert 1 + 1 == 3, 'arithmetic'\n", Ct);

        Assert.False(result.Passed);
        Assert.Contains("AssertionError: arithmetic", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_outside_the_sandbox_changes_nothing_on_the_host()
    {
        // Given a host folder the program knows the path of
        var sandbox = await SandboxFixture.RequireAsync();
        var target = Path.Combine(_outside, "escaped.txt");
        var hostTmp = Path.Combine(Path.GetTempPath(), $"yardstick-escape-{Guid.NewGuid():N}.txt");

        // When it writes there, into /tmp (private) and onto the read-only system, then fails if any host write worked
        var result = await sandbox.RunAsync($$"""
            import os
            open("/tmp/{{Path.GetFileName(hostTmp)}}", "w").write("private tmp only")
            for path in ["{{target}}", "/usr/escaped.txt", "/escaped.txt", "/dev/escaped.txt"]:
                try:
                    open(path, "w").write("escaped")
                    print("WROTE", path)
                except OSError as e:
                    print("blocked", path, type(e).__name__)
            raise SystemExit(1)
            """, Ct);

        // Then nothing was written on the host and every write outside the private folders was refused
        Assert.False(result.Passed);
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(hostTmp));
        Assert.DoesNotContain("WROTE", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, result.Stdout.Split('\n').Count(l => l.StartsWith("blocked", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reading_a_secret_or_a_database_on_the_host_is_impossible()
    {
        // Given a secret file and an SQLite-like database on the host, and this repository's folder
        var sandbox = await SandboxFixture.RequireAsync();
        var secret = Path.Combine(_outside, "secret.txt");
        await File.WriteAllTextAsync(secret, "sk-host-secret", Ct);
        var database = Path.Combine(_outside, "yardstick.db");
        await File.WriteAllBytesAsync(database, [.. "SQLite format 3\0"u8], Ct);
        var repository = AppContext.BaseDirectory;

        // When the program tries to read each
        var result = await sandbox.RunAsync($$"""
            import os
            for path in ["{{secret}}", "{{database}}", "/etc/passwd", "/root/.bashrc", "/proc/1/root/etc/hostname"]:
                try:
                    print("READ", path, open(path, "rb").read()[:20])
                except OSError as e:
                    print("blocked", path, type(e).__name__)
            print("EXISTS" if os.path.exists("{{repository}}") or os.path.exists("/work") else "absent")
            raise SystemExit(1)
            """, Ct);

        // Then none of them is visible
        Assert.DoesNotContain("READ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-host-secret", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("absent", result.Stdout, StringComparison.Ordinal);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task Connecting_to_a_loopback_port_of_the_host_fails()
    {
        // Given a listener on the host's loopback
        var sandbox = await SandboxFixture.RequireAsync();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        // When the program connects to it, then exits 0 only if it got through
        var result = await sandbox.RunAsync($$"""
            import socket
            s = socket.create_connection(("127.0.0.1", {{port}}), timeout=2)
            s.sendall(b"escaped")
            print("CONNECTED")
            """, Ct);

        // Then the connection was refused inside the sandbox's own network namespace and nothing reached the host
        Assert.False(result.Passed);
        Assert.DoesNotContain("CONNECTED", result.Stdout, StringComparison.Ordinal);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task A_fork_bomb_is_contained_and_ends_with_the_sandbox()
    {
        // Given a program that forks without end
        var sandbox = await SandboxFixture.RequireAsync();

        // When it runs
        var result = await sandbox.RunAsync("""
            import os
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
            """, Ct);

        // Then the process limit refuses forks, the wall clock ends it, and no process of it survives
        Assert.False(result.Passed);
        Assert.True(result.TimedOut || result.ExitCode != 0);
        Assert.True(result.WallTime < TimeSpan.FromSeconds(30), $"took {result.WallTime}");
        Assert.Empty(await SurvivorsAfterReapingAsync());
    }

    [Fact]
    public async Task An_endless_loop_is_stopped_by_the_cpu_limit_or_the_wall_clock()
    {
        var sandbox = await SandboxFixture.RequireAsync();
        var watch = Stopwatch.StartNew();

        var result = await sandbox.RunAsync("while True:\n    pass\n", Ct);

        Assert.False(result.Passed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_sleeping_program_is_killed_by_the_wall_clock()
    {
        // Given a program that uses no CPU (the CPU limit cannot stop it)
        var sandbox = await SandboxFixture.RequireAsync();

        var result = await sandbox.RunAsync("import time\ntime.sleep(600)\n", Ct);

        Assert.True(result.TimedOut);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task An_eight_gigabyte_allocation_fails_inside_the_address_space_limit()
    {
        var sandbox = await SandboxFixture.RequireAsync();

        var result = await sandbox.RunAsync("x = bytearray(8 * 1024 ** 3)\nprint('ALLOCATED', len(x))\n", Ct);

        Assert.False(result.Passed);
        Assert.Contains("MemoryError", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ALLOCATED", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_cannot_be_raised_from_inside()
    {
        var sandbox = await SandboxFixture.RequireAsync();

        var result = await sandbox.RunAsync("""
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            print("RAISED")
            """, Ct);

        Assert.False(result.Passed);
        Assert.DoesNotContain("RAISED", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endless_output_is_cut_at_the_bound()
    {
        var sandbox = await SandboxFixture.RequireAsync();

        var result = await sandbox.RunAsync("import sys\nfor _ in range(200000):\n    sys.stdout.write('x' * 100)\n", Ct);

        Assert.True(result.OutputTruncated);
        Assert.Equal(SandboxLimits.Default.MaxOutputBytes, result.Stdout.Length);
    }

    [Fact]
    public async Task The_environment_of_the_host_does_not_reach_the_program()
    {
        var sandbox = await SandboxFixture.RequireAsync();
        Environment.SetEnvironmentVariable("YARDSTICK_SANDBOX_TEST_SECRET", "sk-env-secret");

        var result = await sandbox.RunAsync("import os\nprint(sorted(os.environ))\nprint(os.environ.get('YARDSTICK_SANDBOX_TEST_SECRET'))\n", Ct);

        Assert.True(result.Passed, result.Stderr);
        Assert.DoesNotContain("sk-env-secret", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_bubblewrap_the_sandbox_refuses_to_run_and_says_what_to_install()
    {
        // Given a sandbox pointed at a bwrap that does not exist
        var sandbox = new BubblewrapSandbox(new BubblewrapOptions { BwrapPath = "/nonexistent/bwrap" });

        // When it is checked and asked to run a program
        var reason = await sandbox.CheckAsync(Ct);
        var refused = await Assert.ThrowsAsync<Core.Sandbox.SandboxUnavailableException>(() => sandbox.RunAsync("print(1)", Ct));

        // Then it names what is missing and never runs the program on the host
        Assert.Contains("bubblewrap", reason, StringComparison.Ordinal);
        Assert.Contains("never run on the host", refused.Message, StringComparison.Ordinal);
    }

    // The kernel reaps a killed namespace asynchronously: wait for that state, within a bound.
    private static async Task<List<string>> SurvivorsAfterReapingAsync()
    {
        var deadline = Stopwatch.StartNew();
        var survivors = SurvivingPythonProcesses();
        while (survivors.Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Yield();
            survivors = SurvivingPythonProcesses();
        }
        return survivors;
    }

    // Processes of the pool's user ids (root hosts) still alive after the run; on other hosts the pid namespace ends them.
    private static List<string> SurvivingPythonProcesses()
    {
        var survivors = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(directory), out _))
                    continue;
                var status = File.ReadAllLines(Path.Combine(directory, "status"));
                var uid = status.First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
                if (int.Parse(uid, System.Globalization.CultureInfo.InvariantCulture) is >= 61000 and < 62000)
                    survivors.Add(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Ended while being read.
            }
        }
        return survivors;
    }
}
