using Yardstick.Core.Sandbox;

namespace Yardstick.Sandbox.Tests;

/// <summary>One sandbox for the tests, with tight limits so that escapes end quickly, and the reason to skip where it cannot isolate.</summary>
internal static class SandboxFixture
{
    public static BubblewrapSandbox Tight { get; } = new(new BubblewrapOptions
    {
        Limits = SandboxLimits.Default with { CpuSeconds = 2, WallClock = TimeSpan.FromSeconds(5), MaxProcesses = 16 },
    });

    /// <summary>Skips the calling test (with the sandbox's own reason) where bubblewrap cannot isolate programs.</summary>
    public static async Task<ICodeSandbox> RequireAsync()
    {
        var reason = await Tight.CheckAsync(TestContext.Current.CancellationToken);
        Assert.SkipWhen(reason is not null, reason ?? "");
        return Tight;
    }
}
