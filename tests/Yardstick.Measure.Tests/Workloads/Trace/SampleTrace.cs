using Yardstick.Testing;

namespace Yardstick.Measure.Tests.Workloads.Trace;

/// <summary>The small Mooncake-format trace beside these tests: six good lines sharing blocks 0, 1 and 3, a blank line, three broken ones.</summary>
internal static class SampleTrace
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "tests", "Yardstick.Measure.Tests", "Workloads", "Trace", "mooncake-sample.jsonl");

    public static readonly int[] GoodLines = [1, 2, 3, 4, 9, 10];
}
