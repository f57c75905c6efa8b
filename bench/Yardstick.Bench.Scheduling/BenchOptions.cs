using System.Globalization;

namespace Yardstick.Bench.Scheduling;

/// <summary>The bench's command line; sizes are small by default (a shared 2-core machine), raise them on a quiet one.</summary>
internal sealed record BenchOptions(string Mode, string Postgres, int Fires, IReadOnlyList<int> Workers, int Works, int Requests)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var postgres = Value("--pg", Environment.GetEnvironmentVariable("YARDSTICK_TEST_POSTGRES") ?? "");
        if (string.IsNullOrWhiteSpace(postgres))
            throw new ArgumentException("Name a PostgreSQL server with --pg or YARDSTICK_TEST_POSTGRES.");
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new BenchOptions(args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all", postgres, Number("--fires", 40),
            [.. Value("--workers", "1,2,4").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))], Number("--works", 8), Number("--requests", 20));
    }
}
