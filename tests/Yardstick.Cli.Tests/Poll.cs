using System.Diagnostics;

namespace Yardstick.Cli.Tests;

/// <summary>Waits for a state, checking it every 50 ms, and fails with <paramref name="what"/> when it never comes.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan bound, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > bound)
                throw new TimeoutException($"Waited {bound.TotalSeconds:0} s for {what}.");
            await Task.Delay(50);
        }
    }
}
