using System.Diagnostics;
using System.Globalization;

namespace Yardstick.Bench.Local;

/// <summary>
/// A second view of the same two loops for a shared, noisy machine: runs them in alternating pairs (bare, provider, bare,
/// …) so that load that comes and goes hits both alike, and reports the median tokens per second of each and the median
/// of the per-pair ratios. BenchmarkDotNet runs all iterations of one benchmark before the other, which on a busy machine
/// can put a load spike on one side only.
/// </summary>
internal static class InterleavedComparison
{
    public static async Task<int> RunAsync(int pairs)
    {
        var benchmarks = new LocalProviderOverheadBenchmarks();
        await benchmarks.SetupAsync();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                benchmarks.BareLoop();
                await benchmarks.Provider();
            }
            var bare = new List<double>();
            var provider = new List<double>();
            for (var i = 0; i < pairs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                benchmarks.BareLoop();
                bare.Add(LocalProviderOverheadBenchmarks.Tokens / Stopwatch.GetElapsedTime(start).TotalSeconds);
                start = Stopwatch.GetTimestamp();
                await benchmarks.Provider();
                provider.Add(LocalProviderOverheadBenchmarks.Tokens / Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            var ratios = provider.Zip(bare, (p, b) => p / b).ToList();
            var culture = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(culture, $"tiny default model, {LocalProviderOverheadBenchmarks.Tokens} tokens per run, {LocalProviderOverheadBenchmarks.Threads} thread(s), {pairs} interleaved pairs, {Environment.ProcessorCount} cores"));
            Console.WriteLine(string.Create(culture, $"bare LLamaSharp loop     median {Median(bare),8:F0} tokens/s   (min {bare.Min():F0}, max {bare.Max():F0})"));
            Console.WriteLine(string.Create(culture, $"LlamaCompletionProvider  median {Median(provider),8:F0} tokens/s   (min {provider.Min():F0}, max {provider.Max():F0})"));
            Console.WriteLine(string.Create(culture, $"provider / bare          median {Median(ratios),8:P1}            (p25 {Percentile(ratios, 0.25):P1}, p75 {Percentile(ratios, 0.75):P1})"));
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
