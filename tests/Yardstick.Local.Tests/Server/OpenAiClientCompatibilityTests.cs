using System.Diagnostics;
using Yardstick.Local.Tests.Support;
using Yardstick.Testing;

namespace Yardstick.Local.Tests.Server;

/// <summary>Runs tests/js/openai-client.test.mjs: the official <c>openai</c> npm client against a live server.</summary>
public sealed class OpenAiClientCompatibilityTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_openai_npm_client_streams_and_completes_against_the_server()
    {
        // Given node and the openai package (installed by `npm ci` in tests/js)
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "js");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "openai")))
            Assert.Skip($"The openai npm package is not installed: run `npm ci` in {folder}.");
        var node = FindOnPath("node");
        if (node is null)
            Assert.Skip("node is not installed (needed to run the openai npm client).");

        // When the node test runs against the server
        var start = new ProcessStartInfo(node, ["--test", "--test-reporter=tap", "openai-client.test.mjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["YARDSTICK_OPENAI_BASE_URL"] = new Uri(server.BaseAddress, "/v1").ToString(),
                ["YARDSTICK_MODEL"] = server.ModelId,
                ["NO_COLOR"] = "1",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        var report = await output + await errors;

        // Then every node test passed and none was skipped
        Assert.True(process.ExitCode == 0, report);
        Assert.Contains("# fail 0", report, StringComparison.Ordinal);
        Assert.Contains("# skipped 0", report, StringComparison.Ordinal);
        Assert.DoesNotContain("# pass 0", report, StringComparison.Ordinal);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
